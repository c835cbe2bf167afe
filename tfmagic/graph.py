"""``%tfgraph``: which variables are not initialized yet, where they were created, and whether a
checkpoint fits the graph or object it is meant for.

Graph mode (TF1-style sessions): per live session, the variables of its graph whose value does
not exist yet, grouped by the ``%%tfcheck`` cell that created them.  Eager mode has no
uninitialized variables (``Variable.is_initialized()`` is always True); the eager analogues are
Keras models/layers/optimizers whose weights were never created and checkpoint restores whose
values are still waiting for objects that do not exist.

What the state *means* is judged and worded by the diagnosis engine, the same functions
``%%tfcheck`` uses (``diagnose/state.py``, ``diagnose/checkpoint_keys.py`` and the kind modules
``diagnose/rules/<kind>.py``); this module keeps the options, session discovery and the
graph-mode initialization state, and assembles the ``GraphReport``.

``%tfgraph`` never changes what the user's graph computes: resource variables are checked with
the ``VarIsInitializedOp`` each of them already carries, reference variables with one cached
``IsVariableInitialized`` op each (never in a finalized graph: those are reported as unknown).
All TensorFlow private API use is in ``tfmagic._tf``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from IPython.core.error import UsageError

from ._tf import checkpoints, hooks, keras, probe, runtime, safe
from .diagnose import provenance, state as live_state
from .diagnose.checkpoint_keys import compare_keys, without_bookkeeping
from .diagnose.evidence import Evidence
from .diagnose.rules import checkpoint_mismatch, unbuilt_layer, uninitialized_variable
from .report import GraphReport, VariableRecord

# Namespace entries IPython itself puts there; never user objects worth inspecting.
_IPYTHON_NAMES = frozenset({"In", "Out", "exit", "quit", "get_ipython"})


@dataclass
class SessionEntry:
    """A session found for inspection and the label the user knows it by."""

    session: object
    label: str
    closed: bool
    named: bool = True  # bound to a name in the namespace (else the fix text says `sess`)
    explicit: bool = False  # picked with --session
    # Alive but out of the user's reach (not in the namespace, not the default session): an
    # earlier failed run's session kept by its traceback. Listed as such, never judged.
    orphaned: bool = False

    @property
    def code_name(self) -> str:
        return self.label if self.named else "sess"


@dataclass
class VariableFacts:
    """What a graph variable looks like, computed once per graph (variables never change)."""

    name: str
    op_name: str
    shape: tuple | None
    dtype: str | None
    trainable: bool | None
    device: str
    scope: str
    ref: object = field(repr=False)


_facts_cache: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


# --------------------------------------------------------------------------- entry point


def inspect(user_ns: dict, state, show_all: bool = False, scope: str | None = None,
            session_name: str | None = None, object_name: str | None = None,
            checkpoint: str | None = None) -> GraphReport:
    """Build the ``GraphReport`` for one ``%tfgraph`` call (raises UsageError on bad options)."""
    report = _inspect(user_ns, state, show_all, scope, session_name, object_name, checkpoint)
    registry = getattr(state, "registry", None)
    if registry is not None:
        labels = {r.cell for r in report.variables + report.uninitialized}
        labels.update(f.cell for f in report.findings)
        report.cell_offsets = registry.offsets(labels)
    return report


def _inspect(user_ns: dict, state, show_all: bool, scope: str | None, session_name: str | None,
             object_name: str | None, checkpoint: str | None) -> GraphReport:
    session_obj = _lookup(user_ns, session_name, "--session") if session_name else None
    target_obj = _lookup(user_ns, object_name, "--object") if object_name else None
    if session_obj is not None and not hooks.is_session(session_obj):
        if checkpoint is None:
            raise UsageError(
                f"--session {session_name}: `{session_name}` is a "
                f"{type(session_obj).__name__}, not a tf.compat.v1.Session. Without "
                "--checkpoint, --session names a session; use --object for a Keras model or "
                "tf.train.Checkpoint.")
        if target_obj is None:
            target_obj, object_name = session_obj, session_name
        session_obj = None
    if target_obj is not None and not _is_trackable(target_obj):
        raise UsageError(
            f"--object {object_name}: `{object_name}` is a {type(target_obj).__name__}; "
            "expected a Keras model or layer, a tf.Module or a tf.train.Checkpoint.")
    if scope is not None and not scope.strip():
        raise UsageError("--scope needs a non-empty name prefix, e.g. --scope encoder/")

    report = GraphReport(show_all=show_all)
    evidence = _evidence(user_ns, state)
    ledger = _ledger_index(state)
    eager = runtime.executing_eagerly()
    report.mode = "eager" if eager else "graph"

    if checkpoint is not None:
        _compare_checkpoint(report, checkpoint, session_obj, session_name, target_obj,
                            object_name, scope, ledger)
        return report

    if target_obj is not None:  # --object alone: just that model/optimizer/checkpoint
        report.mode = "eager" if eager else "graph"
        _inspect_eager(report, evidence, object_name, target_obj)
        return report
    if session_obj is not None:
        entries = [SessionEntry(session_obj, session_name, hooks.session_closed(session_obj),
                                explicit=True)]
    else:
        entries = _find_sessions(user_ns, want_gc=not eager,
                                 registry=getattr(state, "registry", None),
                                 timeline=getattr(state, "timeline", None))
    # Orphaned sessions (alive, out of the user's reach) do not make an eager kernel a TF1 one.
    reachable = [e for e in entries if not e.orphaned]
    if reachable or not eager:
        if eager and reachable:
            report.mode = "graph"
        _inspect_graphs(report, evidence, entries, scope, ledger,
                        include_default=not eager and session_obj is None)
    if eager and session_obj is None:
        _inspect_eager(report, evidence, object_name, target_obj)
    return report


def _evidence(user_ns: dict, state) -> Evidence:
    """The diagnosis engine's evidence for a %tfgraph call: no exception and no current cell
    (every line is named with its cell), the cells' code, the namespace and the timeline, so
    the findings come from the same rule functions as %%tfcheck's."""
    return Evidence.collect(None, None, getattr(state, "registry", None), [],
                            list(getattr(state, "earlier_records", lambda: [])()),
                            user_ns, getattr(state, "timeline", None))


def _lookup(user_ns: dict, name: str, option: str):
    if not name.isidentifier() and "." not in name:
        raise UsageError(f"{option} needs the name of a variable in the namespace, got {name!r}")
    head, *rest = name.split(".")
    if head not in user_ns:
        raise UsageError(f"{option} {name}: there is no variable named `{head}` in the "
                         "namespace. Run the cell that creates it first, or check the spelling.")
    obj = user_ns[head]
    for part in rest:
        # Attributes are read only of TensorFlow/Keras objects (the type rule, _tf/safe.py).
        if not safe.is_tf_object(obj):
            raise UsageError(f"{option} {name}: `{head}` is not a TensorFlow or Keras object "
                             "(tfmagic reads no other objects); name the model or checkpoint "
                             "itself.")
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise UsageError(f"{option} {name}: `{head}` has no attribute `{part}`.") from None
    return obj


def _is_trackable(obj) -> bool:
    classes = keras.keras_layer_classes()
    module = runtime.tf_module_class()
    ckpt = checkpoints.checkpoint_class()
    return safe.instance_of(obj, classes) or \
        (module is not None and safe.instance_of(obj, module)) or \
        (ckpt is not None and safe.instance_of(obj, ckpt)) or \
        (safe.is_tf_object(obj) and hasattr(type(obj), "_trackable_children"))


# --------------------------------------------------------------------------- sessions


def _find_sessions(user_ns: dict, want_gc: bool, registry=None,
                   timeline=None) -> list[SessionEntry]:
    """Sessions named in the namespace, then tracked ones, then (if none) any the GC knows."""
    found: dict[int, SessionEntry] = {}
    for name, value in list(user_ns.items()):
        if name.startswith("_") or name in _IPYTHON_NAMES:
            continue
        if hooks.is_session(value) and id(value) not in found:
            found[id(value)] = SessionEntry(value, name, hooks.session_closed(value))
    reachable = {id(s) for s in hooks.reachable_sessions(user_ns)}
    for session in hooks.all_tracked_sessions():
        if id(session) not in found:
            orphaned = id(session) not in reachable
            label = (_orphan_label(session, registry, timeline) if orphaned
                     else _anonymous_label(session))
            found[id(session)] = SessionEntry(session, label, hooks.session_closed(session),
                                              named=False, orphaned=orphaned)
    if not found and want_gc:
        for session in hooks.find_sessions_by_gc():
            if id(session) not in found:
                found[id(session)] = SessionEntry(session, _anonymous_label(session),
                                                  hooks.session_closed(session), named=False)
    return list(found.values())


def _orphan_label(session, registry=None, timeline=None) -> str:
    made = live_state.session_created(timeline, session)
    where = ""
    if made is not None and made.cell:
        # The event's line is a body line; name it as the editor numbers that cell.
        line = made.line + (registry.offset_of(made.cell) if registry is not None else 0)
        where = f" created in {made.cell}, line {line}"
    return f"orphaned {type(session).__name__}{where}"


def _anonymous_label(session) -> str:
    return f"unnamed {type(session).__name__} at 0x{id(session):x}"


# --------------------------------------------------------------------------- graph mode


def _inspect_graphs(report: GraphReport, evidence, entries: list[SessionEntry],
                    scope: str | None, ledger: dict, include_default: bool) -> None:
    graphs: dict[int, tuple] = {}
    for entry in entries:
        graph = getattr(entry.session, "graph", None)
        if graph is None:
            continue
        graphs.setdefault(id(graph), (graph, []))[1].append(entry)
    if include_default:
        default = runtime.default_graph()
        graphs.setdefault(id(default), (default, []))
    default_graph = runtime.default_graph()
    for graph, group in graphs.values():
        graph_label = "the default graph" if graph is default_graph else "a graph"
        _inspect_one_graph(report, evidence, graph, graph_label, group, scope, ledger)


def _inspect_one_graph(report, evidence, graph, graph_label, entries, scope, ledger) -> None:
    facts = [f for f in _graph_facts(graph) if not scope or f.op_name.startswith(scope)]
    where = f" under scope {scope!r}" if scope else ""
    if not facts:
        if entries or (graph_label == "the default graph" and not report.variables):
            report.notes.append(f"{graph_label.capitalize()} has no variables{where}.")
        return
    for entry in entries:
        if entry.orphaned and not entry.closed:
            report.notes.append(
                f"The {entry.label} is still alive on {graph_label} but nothing you can reach "
                "refers to it (an earlier run's traceback may keep it); it was not checked.")
    live = [e for e in entries if not e.closed and not e.orphaned]
    closed = [e for e in entries if e.closed]
    total = len(facts)
    if not live:
        if closed:
            labels = ", ".join(f"`{e.label}`" for e in closed)
            report.notes.append(
                f"The session for {graph_label} ({labels}) is closed, so the values of its "
                f"{total} variable(s){where} are gone.")
            # A `with Session() as s:` around a graph of its own closes on purpose; warn when
            # the graph being worked on (the default one, or the --session the user named)
            # is left without an open session.
            if graph_label == "the default graph" or any(e.explicit for e in closed):
                report.findings.append(uninitialized_variable.closed_session_warning(
                    evidence, [(e.label, e.session) for e in closed], graph_label, total,
                    where))
            records = [_record(f, None, ledger) for f in facts]
            report.variables.extend(records)
            report.status.update((r.name, None) for r in records)
            return
        exists = "you can reach is open" if any(e.orphaned for e in entries) else "exists yet"
        report.notes.append(
            f"No session {exists} for {graph_label}, so none of its {total} variable(s)"
            f"{where} has been initialized. Create one with `sess = tf.compat.v1.Session()` and "
            "run `sess.run(tf.compat.v1.global_variables_initializer())`.")
        records = [_record(f, False, ledger) for f in facts]
        report.variables.extend(records)
        report.uninitialized.extend(records)
        report.status.update((r.name, False) for r in records)
        return

    alive = [(fact, variable) for fact in facts if (variable := fact.ref()) is not None]
    variables = [variable for _, variable in alive]
    known_ops = {id(variable): (fact.op_name, fact.device) for fact, variable in alive}
    per_session = []
    for entry in live:
        probed = probe.variable_states(entry.session, variables, known_ops=known_ops)
        states = {name: initialized for name, (initialized, _) in probed.items()}
        per_session.append((entry, states))
    all_states = [states for _, states in per_session]
    for fact in facts:
        if len(all_states) == 1:  # the common case, kept cheap for 10,000 variables
            initialized = all_states[0].get(fact.op_name)
        else:
            values = [states.get(fact.op_name) for states in all_states]
            initialized = False if False in values else (
                True if all(v is True for v in values) else None)
        record = _record(fact, initialized, ledger)
        report.variables.append(record)
        report.status[record.name] = initialized
        if initialized is False:
            report.uninitialized.append(record)
    for entry, states in per_session:
        missing = sum(1 for f in facts if states.get(f.op_name) is False)
        unknown = sum(1 for f in facts if states.get(f.op_name) is None)
        label = f"session `{entry.label}`" if entry.named else f"the {entry.label}"
        if missing == 0 and unknown == 0:
            report.notes.append(f"All {total} variables of {graph_label}{where} are initialized "
                                f"in {label}.")
        elif missing:
            report.notes.append(
                f"{missing} of {total} variables of {graph_label}{where} are not initialized in "
                f"{label}: run "
                f"`{entry.code_name}.run(tf.compat.v1.global_variables_initializer())` "
                "after the last variable (optimizer slots included) is created, or "
                "`tf.compat.v1.variables_initializer([...])` for just these.")
        else:
            report.notes.append(f"No variable of {graph_label}{where} is known to be "
                                f"uninitialized in {label}.")
        if unknown:
            report.notes.append(
                f"{unknown} reference variable(s) could not be checked in {label}: the graph is "
                "finalized, so no IsVariableInitialized op can be added (shown as unknown).")
    for entry in closed:
        report.notes.append(f"Session `{entry.label}` on {graph_label} is closed and was "
                            "skipped.")


def _graph_facts(graph) -> list[VariableFacts]:
    """Facts for every variable of ``graph``, cached while the variable collections stay
    the same size (a 10,000-variable graph would otherwise cost ~0.1 s per call)."""
    variables = probe.graph_variables(graph)
    cached = _facts_cache.get(graph)
    if cached is not None and cached[0] == len(variables):
        return cached[1]
    facts = []
    for variable in variables:
        try:
            op_name = variable.op.name
            name = variable.name
        except Exception:  # noqa: BLE001 - not a graph variable after all
            continue
        try:
            shape = variable.shape
            shape = tuple(shape.as_list()) if shape.rank is not None else None
        except Exception:  # noqa: BLE001
            shape = None
        try:
            dtype = variable.dtype.base_dtype.name
        except Exception:  # noqa: BLE001
            dtype = None
        facts.append(VariableFacts(
            name=name, op_name=op_name, shape=shape, dtype=dtype,
            trainable=getattr(variable, "trainable", None),
            device=getattr(variable, "device", "") or "",
            scope=op_name.rsplit("/", 1)[0] if "/" in op_name else "",
            ref=weakref.ref(variable)))
    _facts_cache[graph] = (len(variables), facts)
    return facts


def _ledger_index(state) -> dict:
    """{TensorFlow variable name: VariableRecord} from every kept %%tfcheck report."""
    index = {}
    for report in getattr(state, "reports", ()):
        for record in report.variables:
            key = record.tf_name or record.name
            if key:
                index[key] = record
    return index


def _record(fact: VariableFacts, initialized, ledger: dict) -> VariableRecord:
    known = ledger.get(fact.name)
    variable = fact.ref()
    if known is not None and known.ref is not None and known.alive() is not variable:
        known = None  # same name, another variable (a rebuilt graph)
    return VariableRecord(
        name=fact.name, shape=fact.shape, dtype=fact.dtype, trainable=fact.trainable,
        line=known.line if known else None, cell=known.cell if known else None,
        name_scope=known.name_scope if known else fact.scope,
        variable_scope=known.variable_scope if known else fact.scope,
        requested_device=fact.device, device=fact.device, initialized=initialized,
        owner=known.owner if known else None, ref=fact.ref,
        filename=known.filename if known else None, tf_name=fact.name)


# --------------------------------------------------------------------------- eager mode


def _inspect_eager(report: GraphReport, evidence, object_name: str | None,
                   target_obj) -> None:
    """Eager state of the namespace's Keras/TensorFlow objects (or of --object alone), judged
    and worded by the diagnose rules (``state.py`` and the kind modules), as %%tfcheck does."""
    user_ns = evidence.user_ns
    items = [(object_name, target_obj)] if target_obj is not None else [
        (name, value) for name, value in list(user_ns.items())
        if not name.startswith("_") and name not in _IPYTHON_NAMES]
    layer_classes = keras.keras_layer_classes()
    optimizer_classes = keras.keras_optimizer_classes()
    status_classes = checkpoints.load_status_classes()
    ckpt_class = checkpoints.checkpoint_class()
    module_class = runtime.tf_module_class()
    checked = 0
    flagged_checkpoints: set = set()
    reported_statuses: set = set()
    for name, value in items:
        if issubclass(type(value), type) or not safe.is_tf_object(value):
            continue
        finding = None
        if safe.instance_of(value, layer_classes) or \
                (module_class is not None and safe.instance_of(value, module_class)
                 and not (ckpt_class is not None and safe.instance_of(value, ckpt_class))):
            checked += 1
            finding = unbuilt_layer.unbuilt_object_finding(name, value)
        elif safe.instance_of(value, optimizer_classes):
            checked += 1
            finding = unbuilt_layer.unbuilt_optimizer_finding(name, value)
        elif safe.instance_of(value, status_classes):
            checked += 1
            reported_statuses.add(id(value))
            problem = live_state.restore_problem(value)
            if problem is not None:
                made = provenance.assignment(evidence, name) \
                    if target_obj is None and evidence.registry is not None else None
                finding = checkpoint_mismatch.pending_restore(
                    evidence, name, problem, made.line if made else None,
                    made.cell if made else None)
        elif ckpt_class is not None and safe.instance_of(value, ckpt_class):
            checked += 1
            problem = live_state.restore_problem(root=value)
            if problem is not None:
                flagged_checkpoints.add(id(value))
                finding = checkpoint_mismatch.pending_restore(evidence, name, problem)
        if finding is not None:
            report.findings.append(finding)
    if target_obj is None:
        for ckpt, status, path in checkpoints.recorded_restores():
            if id(ckpt) in flagged_checkpoints or id(status) in reported_statuses:
                continue
            problem = live_state.restore_problem(status)
            if problem is not None:
                problem.path = problem.path or path
                label = _name_of(user_ns, ckpt)
                report.findings.append(checkpoint_mismatch.pending_restore(evidence, label,
                                                                           problem))
    problems = len(report.findings)
    if checked == 0:
        report.notes.append("Eager mode: no Keras model, layer, optimizer, tf.Module or "
                            "checkpoint restore in the namespace to check.")
    elif problems == 0:
        report.notes.append(f"Eager mode: all {checked} Keras/TensorFlow object(s) in the "
                            "namespace have their weights; no checkpoint restore is pending.")
    else:
        report.notes.append(f"Eager mode: checked {checked} object(s); {problems} still lack "
                            "weights or hold unrestored checkpoint values.")


def _name_of(user_ns: dict, obj) -> str | None:
    for name, value in user_ns.items():
        if value is obj and not name.startswith("_"):
            return name
    return None


# --------------------------------------------------------------------------- checkpoints


def _compare_checkpoint(report, path, session_obj, session_name, target_obj,
                        object_name, scope, ledger) -> None:
    if path.endswith(".h5") or path.endswith(".keras"):
        raise UsageError(
            f"--checkpoint {path}: Keras weight files (.weights.h5 / .keras) are not compared "
            "yet; give a TensorFlow checkpoint (the prefix before .index, or its directory). "
            "For Keras files `model.load_weights(path)` lists the objects it could not load.")
    try:
        keys = checkpoints.list_checkpoint_keys(path)
    except Exception as exc:  # noqa: BLE001 - any read failure is a usage problem
        reason = str(getattr(exc, "message", "") or exc).strip().splitlines()[0][:300]
        raise UsageError(
            f"--checkpoint {path}: cannot read a TensorFlow checkpoint there ({reason}). Give "
            "the checkpoint prefix — the path without the .index/.data-* suffix, e.g. "
            "/tmp/ckpt/model.ckpt — or the directory that holds the `checkpoint` file.") from None
    keys = without_bookkeeping(keys)
    if target_obj is not None:
        _compare_with_object(report, path, keys, target_obj, object_name)
        return
    graph = session_obj.graph if session_obj is not None else runtime.default_graph()
    report.mode = "graph"
    facts = [f for f in _graph_facts(graph) if not scope or f.op_name.startswith(scope)]
    if not facts:
        if runtime.executing_eagerly() and session_obj is None:
            raise UsageError(
                f"--checkpoint {path}: eager mode has no graph variables to compare with; name "
                "the Keras model or tf.train.Checkpoint with --object NAME.")
        report.notes.append(f"The graph has no variables to compare with the {len(keys)} "
                            f"key(s) of {path}.")
        return
    target = {f.op_name: f.shape for f in facts}
    comparison = compare_keys(target, keys)
    if scope:  # keys outside the scope are not this comparison's business
        renamed = {k for k, _ in comparison.rename.pairs} if comparison.rename else set()
        comparison.unexpected = [k for k in comparison.unexpected
                                 if k.startswith(scope) or k in renamed]
    report.variables.extend(_record(f, None, ledger) for f in facts)
    what = f"session `{session_name}`'s graph" if session_obj is not None else "the graph"
    notes, findings = checkpoint_mismatch.key_comparison(
        path, comparison, what, graph_mode=True, object_name=None, target=target,
        checkpoint=keys)
    report.notes.extend(notes)
    report.findings.extend(findings)


def _compare_with_object(report, path, keys, obj, object_name) -> None:
    ckpt_class = checkpoints.checkpoint_class()
    is_checkpoint = safe.instance_of(obj, ckpt_class)
    roots = sorted({k.split("/", 1)[0] for k in keys})
    root_name = None if is_checkpoint else (roots[0] if len(roots) == 1 else "model")
    finding = unbuilt_layer.unbuilt_object_finding(object_name, obj) if not is_checkpoint \
        else None
    if finding is not None:
        report.findings.append(finding)
    try:
        target = checkpoints.object_checkpoint_keys(obj, root_name)
    except Exception as exc:  # noqa: BLE001
        raise UsageError(f"--object {object_name}: could not list the checkpoint keys of "
                         f"`{object_name}` ({type(exc).__name__}: {exc}).") from None
    target = without_bookkeeping(target)
    comparison = compare_keys(target, keys)
    notes, findings = checkpoint_mismatch.key_comparison(
        path, comparison, f"`{object_name}`", graph_mode=False, object_name=object_name,
        target=target, checkpoint=keys, root_name=root_name)
    report.notes.extend(notes)
    report.findings.extend(findings)
