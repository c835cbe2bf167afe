"""The variable ledger: a VariableRecord for every TensorFlow variable a cell creates.

Hooks are installed when a ``%%tfcheck`` cell starts and removed when it ends (also when it
raises or is interrupted).  If TensorFlow is not imported yet, an import watcher installs them the
moment the cell's own ``import tensorflow`` finishes, so tfmagic never imports TensorFlow first.

Records hold plain data and a ``weakref`` to the variable, never the variable or its initial
value: a large variable created under ``%%tfcheck`` is freed as soon as the user drops it.
"""

from __future__ import annotations

import collections
import sys
import weakref

from ._tf import checkpoints, hooks, patches, probe, sites
from .devices import device_kind
from .report import VariableRecord
from .timeline import INITIALIZER_RUN, RESTORE, Timeline


class InitializerOps:
    """Which fetched ops are initializers, judged once per op: read after every
    ``session.run`` of a training loop. The runs themselves are recorded once, in the timeline
    (``INITIALIZER_RUN``)."""

    def __init__(self):
        # id(op) -> (weakref to the op, targets, is an initializer). Read after every
        # ``session.run`` of a training loop, so one plain-dict lookup per fetched op (a
        # WeakKeyDictionary lookup builds a new weakref each time); an entry leaves with its op.
        self._initializer_cache: dict[int, tuple] = {}

    def initializers_in(self, fetches) -> list[tuple]:
        """(op, the variables it initializes) for each initializer among one ``session.run``'s
        fetches: one op, or the ops and tensors in a list, tuple or dict (shallow, and only
        those exact builtin types are looked into). A training loop pays this after every
        step, so an object seen before (op or tensor) costs one plain-dict lookup and a
        weak-reference check; an object of any other type is neither judged nor cached."""
        kind = type(fetches)
        if kind is list or kind is tuple:
            items = fetches
        elif kind is dict:
            items = fetches.values()
        else:
            items = (fetches,)
        cache = self._initializer_cache
        found = []
        for item in items:
            hit = cache.get(id(item))
            if hit is None or hit[0]() is not item:
                fetched = hooks.fetch_kind(item)
                if fetched is None:
                    continue
                hit = self._judge(item, fetched == "op")
            if hit[2]:
                found.append((item, hit[1]))
        return found

    def _judge(self, item, is_op: bool) -> tuple:
        """Judge one fetched op (a tensor is never an initializer) and cache the verdict for as
        long as the object lives. An initializer covering nothing still is one:
        ``global_variables_initializer()`` built before any variable is an empty NoOp named
        "init" that still ran."""
        targets, is_init = frozenset(), False
        if is_op:
            is_noop = item.type == "NoOp"
            if is_noop or (item.type in ("Assign", "AssignVariableOp")
                           and item.name.endswith("/Assign")):
                # ``sess.run(v.initializer)`` is the variable's own Assign op.
                targets = frozenset(probe.initializer_targets(item))
            is_init = bool(targets) or (is_noop and bool(_INIT_NAME.match(item.name)))
        key = id(item)
        cache = self._initializer_cache
        verdict = (None, targets, is_init)
        try:
            verdict = (weakref.ref(item, lambda _, key=key: cache.pop(key, None)), targets, is_init)
        except TypeError:
            return verdict
        cache[key] = verdict
        return verdict


class Ledger:
    """Records variables (and initializer runs) while one cell runs."""

    def __init__(self, registry, initializers: InitializerOps | None = None, timeline=None):
        self.registry = registry
        self.initializers = initializers or InitializerOps()
        self.timeline = timeline if timeline is not None else Timeline()
        self.records: list[VariableRecord] = []
        self.unavailable: list[str] = []
        # tfmagic's own faults while the cell ran, kept apart from what this TensorFlow lacks:
        # {what was being done: [count, first error]}.
        self._faults: dict[str, list] = {}
        self._undo: list = []
        self._active = False
        self._cells: dict = {}
        # id(session) -> weakref: the sessions this cell ran (checked on every ``run``).
        self._sessions_used: dict[int, weakref.ref] = {}

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        self._active = True
        if patches.tf_imported():
            self._install_tf_hooks()
        else:
            self._undo.append(patches.call_after_import(
                "tensorflow", lambda: self.guarded("installing the hooks", self._install_tf_hooks)))

    def stop(self) -> None:
        self._active = False
        try:
            while self._undo:
                undo = self._undo.pop()
                try:
                    undo()
                except Exception as exc:  # noqa: BLE001
                    self.fault("removing a hook", exc)
        finally:
            # A Ctrl-C (or any BaseException) in the middle: every other hook still goes.
            self.abandon()

    def abandon(self) -> None:
        """Undo every hook still installed, whatever happens: the last resort of ``stop`` and
        of auto mode's end-of-cell step when something there failed. Never raises."""
        self._active = False
        while self._undo:
            try:
                undo = self._undo.pop()
                undo()
            except BaseException:  # noqa: BLE001 - removing hooks must finish
                pass

    def fault(self, what: str, exc: BaseException) -> None:
        """Note one of tfmagic's own faults; repeats of the same kind are counted, not listed."""
        entry = self._faults.setdefault(what, [0, _first_line(exc)])
        entry[0] += 1

    @property
    def faults(self) -> list[str]:
        """One line per kind of fault: what failed, how often, the first error."""
        return [f"{what} failed{f' {count} times' if count > 1 else ''} ({error})"
                for what, (count, error) in self._faults.items()]

    def guarded(self, what: str, function, *args):
        """``function(*args)``, or None with the fault noted: for tfmagic's own work while user
        code runs."""
        try:
            return function(*args)
        except Exception as exc:  # noqa: BLE001 - a tfmagic fault must never break user code
            self.fault(what, exc)
            return None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()
        return False

    def _install_tf_hooks(self) -> None:
        if not self._active:
            return
        if patches.tf_version() < patches.SUPPORTED_TF:
            major, minor = patches.tf_version()
            self.unavailable.append(
                f"TensorFlow {major}.{minor} is older than the supported "
                f"{'.'.join(map(str, patches.SUPPORTED_TF))}: facts may be missing")
        for name, install in (
            ("variable creation lines, scopes and devices",
             lambda: hooks.install_variable_hook(self._on_created, self._record_fault)),
            ("initializer runs in sessions",
             lambda: hooks.install_session_hook(self._on_session_run, self._record_fault)),
            ("checkpoint restore statuses", checkpoints.install_restore_hook),
            ("tfmagic frames hidden from TensorFlow's stacks", hooks.install_frame_filter),
            ("the causal timeline (sessions, savers, scopes, optimizers, traces, tapes)",
             self._install_timeline_hooks),
        ):
            try:
                self._undo.append(install())
            except patches.HookUnavailable as exc:
                self.unavailable.append(f"{name} ({exc})")
            except Exception as exc:  # noqa: BLE001 - report, never break the cell
                self.fault(f"installing the hook for {name}", exc)

    def _install_timeline_hooks(self):
        if self.timeline is None:
            return lambda: None
        from ._tf import timeline_hooks

        return timeline_hooks.install(self._on_event, lambda: self.timeline.last_seq)

    # ------------------------------------------------------------------ hooks
    def _on_event(self, what: str, caller, with_site: bool = False, **facts):
        """One timeline event at the innermost cell line on the caller's stack (and, with
        ``with_site``, the running cell's statement that led there); returns the event."""
        cell, line = self._cell_line(caller) or (None, None)
        if with_site:
            facts["site"] = self._outermost_cell_line(caller)
        return self.timeline.add(what, cell, line, **facts)

    def _on_created(self, variable, context: dict, caller) -> None:
        """Turn one variable construction into a record (``caller``: the constructing frame)."""
        filename, lineno, label, keras_path, layer_name = self._creation_site(caller)
        facts = sites.variable_facts(variable)
        tf_name = facts["name"]
        name = keras_path or tf_name
        owner = None
        if keras_path and "/" in keras_path:
            owner = keras_path.rsplit("/", 1)[0]
        elif layer_name:
            owner = layer_name
        graph = facts.get("graph")
        requested = context.get("requested_device") or ""
        if graph is not None:
            # Graph mode: ``variable.device`` is the request; the placement is only known
            # once a session runs it (``finalize``).
            requested = facts.get("device", "")
        record = VariableRecord(
            name=name,
            shape=facts.get("shape"),
            dtype=facts.get("dtype"),
            trainable=facts.get("trainable"),
            line=lineno,
            cell=label,
            name_scope=context.get("name_scope", "") or "",
            variable_scope=context.get("variable_scope", "") or "",
            requested_device=requested,
            # Graph mode: unknown until a session places it (``finalize``); the request alone
            # is no placement.
            device="" if graph is not None else facts.get("device", ""),
            initialized=None if graph is not None else True,
            owner=owner,
            in_function=bool(context.get("in_function")),
            ref=_weak(variable),
            graph_ref=_weak(graph) if graph is not None else None,
            filename=filename,
            replica_devices=facts.get("replica_devices") or [],
            tf_name=tf_name,
            reuse=context.get("reuse"),
        )
        self.records.append(record)
        if self.timeline is not None:
            self.timeline.add("variable_created", label, lineno, names=(tf_name or name,),
                              graph=graph, detail="reuse" if record.reuse else "",
                              site=self._outermost_cell_line(caller))

    def _creation_site(self, frame):
        """One walk outward from the constructing frame (or any hooked call's caller:
        ``_cell_line``).

        Returns (filename, body line, cell label, keras path, legacy layer name): the deepest
        frame that belongs to a notebook cell (autograph frames mapped back to the function's
        source first) and the Keras variable or layer met on the way there.  Keras frames lie
        between the constructor and the user's code, so the walk ends at the first cell frame.
        """
        cell_info = self._cell_info
        keras_names = sites.KERAS_FRAME_NAMES
        keras = None
        while frame is not None:
            code = frame.f_code
            filename = code.co_filename
            lineno = frame.f_lineno
            if keras is None and code.co_name in keras_names:
                keras = sites.keras_frame_owner(frame)
            if sites.AUTOGRAPH_FILE_MARK in filename:
                origin = sites.autograph_origin(frame, lineno)
                if origin is not None:
                    filename, lineno = origin
            info = cell_info(filename)
            if info is not None:
                path, layer = keras or (None, None)
                return filename, lineno - info.offset, info.label, path, layer
            frame = frame.f_back
        path, layer = keras or (None, None)
        return None, None, None, path, layer

    def _cell_line(self, frame):
        """(label, body line) of the innermost cell frame from ``frame`` outward (autograph
        frames mapped back to the function's source), or None."""
        _, line, label, _, _ = self._creation_site(frame)
        return None if label is None else (label, line)

    def _outermost_cell_line(self, frame):
        """(label, body line) of the outermost cell frame on the stack: the statement of the
        running cell that led to this call (about 1 µs per 10 frames)."""
        found = None
        cell_info = self._cell_info
        runner_file = _RUNNER_FILE
        while frame is not None:
            filename = frame.f_code.co_filename
            if filename == runner_file:  # above it: the cell that invoked %%tfcheck
                break
            info = cell_info(filename)
            if info is not None:
                found = (info.label, frame.f_lineno - info.offset)
            frame = frame.f_back
        return found

    def _cell_info(self, filename):
        """``registry.info`` cached for this cell's run: library files are met on every
        variable and never become cells, and a cell's filename is registered before it runs."""
        try:
            return self._cells[filename]
        except KeyError:
            info = self._cells[filename] = self.registry.info(filename)
            return info

    def _record_fault(self, what, exc):
        self.fault({"variable record": "recording a variable (it is missing from the table)",
                    "variable creation context":
                        "reading a variable's creation context (it is missing from the table)"
                    }.get(what, what), exc)

    def _on_session_run(self, session, fetches) -> None:
        """After every successful ``session.run``: what a graph-mode training loop pays per
        step, so the common case is a dict lookup per fetched object (``bench/
        bench_session_hook.py`` times it: under 1 µs a run)."""
        used = self._sessions_used.get(id(session))
        if used is None or used() is not session:
            self._sessions_used[id(session)] = weakref.ref(session)
        for op, targets in self.initializers.initializers_in(fetches):
            cell, line = self._cell_line(sys._getframe(1)) or (None, None)
            self.timeline.add(INITIALIZER_RUN, cell, line, names=sorted(targets),
                              session=session, graph=getattr(session, "graph", None),
                              detail=op.name)

    # ------------------------------------------------------------------ end of cell
    def finalize(self, user_ns: dict | None = None) -> None:
        """Fill in initialization state and placement (graph mode), judged in the sessions the
        user can reach from ``user_ns`` and those the cell used; orphaned sessions (an earlier
        failed run's, kept alive by its traceback) do not count."""
        graph_records = [r for r in self.records if r.graph_ref is not None]
        if not graph_records:
            return
        try:
            sessions = None
            if user_ns is not None:
                sessions = {id(s): s for s in hooks.reachable_sessions(user_ns)}
                sessions.update((key, s) for key, ref in list(self._sessions_used.items())
                                if (s := ref()) is not None)
                sessions = [s for s in sessions.values() if not hooks.session_closed(s)]
            update_graph_initialization(graph_records, sessions, self.timeline)
        except Exception as exc:  # noqa: BLE001
            self.fault("reading the initialization state", exc)


def update_graph_initialization(records: list[VariableRecord], sessions: list | None,
                                timeline) -> None:
    """Set ``initialized`` and the device of graph-mode records at the end of a ``%%tfcheck``
    or auto-mode cell, from what the cell was seen doing: the user's graph and sessions are
    left exactly as they were (no op built, no ``session.run``). A variable whose initializer
    ran in the session (or that a ``Saver`` restored there) is initialized; one the session
    never initialized since it was created in this cell is not. ``%tfgraph``, asked
    explicitly, runs the probe (``graph.py``).

    A variable is initialized when it is initialized in every live session of its graph; with
    no live session it stays unknown (None).
    """
    by_graph: dict[int, list[VariableRecord]] = collections.defaultdict(list)
    graphs = {}
    for record in records:
        graph = record.graph_ref() if record.graph_ref else None
        if graph is None:
            continue
        by_graph[id(graph)].append(record)
        graphs[id(graph)] = graph
    if sessions is None:
        sessions = hooks.tracked_sessions()
    for graph_id, group in by_graph.items():
        graph = graphs[graph_id]
        live = [s for s in sessions if getattr(s, "graph", None) is graph]
        if not live:
            continue
        pairs = [(r, r.alive()) for r in group]
        pairs = [(r, v) for r, v in pairs if v is not None]
        states = [_seen_states(s, pairs, timeline) for s in live]
        for record, variable in pairs:
            op_name = variable.op.name
            known = [state[op_name] for state in states if op_name in state]
            values = [initialized for initialized, _ in known if initialized is not None]
            if values:
                record.initialized = all(values)
            placed = next((device for _, device in known if device), "")
            if placed:
                record.device = placed


def _seen_states(session, pairs, timeline) -> dict:
    """Initialization from the recorded history alone (no run, no new op): initialized where
    an initializer of the variable ran in ``session`` or a restore there covered it, else not
    (the variable was created in the cell that is ending: an initializer run since then would
    have been recorded)."""
    covered = set()
    restored_all = False
    for event in timeline.of(INITIALIZER_RUN, session=session):
        covered.update(event.names)
    for event in timeline.of(RESTORE, session=session):
        if event.detail == "failed":
            continue
        if not event.names:
            restored_all = True
        covered.update(event.names)
    # Where the session has only CPUs an unpinned variable lands on the first one: read from
    # the session's device list (no run, nothing built).
    devices = probe.session_devices(session)
    cpu_only = bool(devices) and all(device_kind(d) == "CPU" for d in devices)
    soft = _allows_soft_placement(session)
    states = {}
    for record, variable in pairs:
        name = variable.op.name
        device = ""
        if cpu_only and (not record.requested_device or
                         (soft and not probe._device_available(record.requested_device,
                                                               devices))):
            # Unpinned, or pinned to a device the session lacks under soft placement: the
            # first CPU, as the placer chooses.
            device = devices[0]
        states[name] = (True if restored_all or name in covered else False, device)
    return states


def _allows_soft_placement(session) -> bool:
    config = getattr(session, "_config", None)
    return getattr(config, "allow_soft_placement", False) is True


_INIT_NAME = __import__("re").compile(r"^(?:.*/)?init(?:_\d+)?$")


def _runner_file() -> str:
    from . import runner

    return runner.__file__


_RUNNER_FILE = _runner_file()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _weak(obj):
    try:
        return weakref.ref(obj)
    except TypeError:
        return None
