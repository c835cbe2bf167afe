"""``%tfgraph``: which variables are not initialized yet, where they were created, and whether a
checkpoint fits the graph or object it is meant for.

Graph mode (TF1-style sessions): per live session, the variables of its graph whose value does
not exist yet, grouped by the ``%%tfcheck`` cell that created them.  Eager mode has no
uninitialized variables (``Variable.is_initialized()`` is always True); the eager analogues are
Keras models/layers/optimizers whose weights were never created and checkpoint restores whose
values are still waiting for objects that do not exist.

``%tfgraph`` never changes what the user's graph computes: resource variables are checked with
the ``VarIsInitializedOp`` each of them already carries, reference variables with one cached
``IsVariableInitialized`` op each (never in a finalized graph: those are reported as unknown).
All TensorFlow private API use is in ``tfmagic._tf``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from IPython.core.error import UsageError

from ._tf import checkpoints, hooks, keras, probe, runtime
from .report import Finding, GraphReport, VariableRecord

# Namespace entries IPython itself puts there; never user objects worth inspecting.
_IPYTHON_NAMES = frozenset({"In", "Out", "exit", "quit", "get_ipython"})
# Checkpoint keys that describe the checkpoint itself rather than a variable.
_BOOKKEEPING_KEYS = ("_CHECKPOINTABLE_OBJECT_GRAPH", "save_counter/.ATTRIBUTES/VARIABLE_VALUE")
_MAX_NAMES_IN_SUMMARY = 5


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


@dataclass
class KeyComparison:
    """Checkpoint keys against the variables of a graph or object."""

    matched: list[str]
    missing: list[str]          # in the graph/object, not in the checkpoint
    unexpected: list[str]       # in the checkpoint, matching nothing
    shape_mismatch: list[tuple[str, tuple, tuple]]  # (name, target shape, checkpoint shape)
    rename: "PrefixRename | None" = None


@dataclass
class PrefixRename:
    """Checkpoint names that equal the target's names up to a consistent prefix."""

    checkpoint_prefix: str
    target_prefix: str
    pairs: list[tuple[str, str]]  # (checkpoint key, target name)


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
    ledger = _ledger_index(state)
    eager = runtime.executing_eagerly()
    report.mode = "eager" if eager else "graph"

    if checkpoint is not None:
        _compare_checkpoint(report, checkpoint, user_ns, session_obj, session_name, target_obj,
                            object_name, scope, ledger)
        return report

    if target_obj is not None:  # --object alone: just that model/optimizer/checkpoint
        report.mode = "eager" if eager else "graph"
        _inspect_eager(report, user_ns, object_name, target_obj)
        return report
    if session_obj is not None:
        entries = [SessionEntry(session_obj, session_name, hooks.session_closed(session_obj),
                                explicit=True)]
    else:
        entries = _find_sessions(user_ns, want_gc=not eager,
                                 registry=getattr(state, "registry", None))
    # Orphaned sessions (alive, out of the user's reach) do not make an eager kernel a TF1 one.
    reachable = [e for e in entries if not e.orphaned]
    if reachable or not eager:
        if eager and reachable:
            report.mode = "graph"
        _inspect_graphs(report, entries, scope, ledger, include_default=not eager and
                        session_obj is None)
    if eager and session_obj is None:
        _inspect_eager(report, user_ns, object_name, target_obj)
    return report


def _lookup(user_ns: dict, name: str, option: str):
    if not name.isidentifier() and "." not in name:
        raise UsageError(f"{option} needs the name of a variable in the namespace, got {name!r}")
    head, *rest = name.split(".")
    if head not in user_ns:
        raise UsageError(f"{option} {name}: there is no variable named `{head}` in the "
                         "namespace. Run the cell that creates it first, or check the spelling.")
    obj = user_ns[head]
    for part in rest:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise UsageError(f"{option} {name}: `{head}` has no attribute `{part}`.") from None
    return obj


def _is_trackable(obj) -> bool:
    classes = keras.keras_layer_classes()
    module = runtime.tf_module_class()
    ckpt = checkpoints.checkpoint_class()
    return (bool(classes) and isinstance(obj, classes)) or \
        (module is not None and isinstance(obj, module)) or \
        (ckpt is not None and isinstance(obj, ckpt)) or \
        hasattr(obj, "_trackable_children")


# --------------------------------------------------------------------------- sessions


def _find_sessions(user_ns: dict, want_gc: bool, registry=None) -> list[SessionEntry]:
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
            label = _orphan_label(session, registry) if orphaned else _anonymous_label(session)
            found[id(session)] = SessionEntry(session, label, hooks.session_closed(session),
                                              named=False, orphaned=orphaned)
    if not found and want_gc:
        for session in hooks.find_sessions_by_gc():
            if id(session) not in found:
                found[id(session)] = SessionEntry(session, _anonymous_label(session),
                                                  hooks.session_closed(session), named=False)
    return list(found.values())


def _orphan_label(session, registry=None) -> str:
    origin = hooks.session_origin(session)
    where = ""
    if origin:
        # The origin is a body line; name it as the editor numbers that cell.
        line = origin[1] + (registry.offset_of(origin[0]) if registry is not None else 0)
        where = f" created in {origin[0]}, line {line}"
    return f"orphaned {type(session).__name__}{where}"


def _anonymous_label(session) -> str:
    return f"unnamed {type(session).__name__} at 0x{id(session):x}"


# --------------------------------------------------------------------------- graph mode


def _inspect_graphs(report: GraphReport, entries: list[SessionEntry], scope: str | None,
                    ledger: dict, include_default: bool) -> None:
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
        _inspect_one_graph(report, graph, graph_label, group, scope, ledger)


def _inspect_one_graph(report, graph, graph_label, entries, scope, ledger) -> None:
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
                report.findings.append(Finding(
                    kind="uninitialized_variable", severity="warning",
                    summary=(f"Session {labels} is closed: none of the {total} variable(s) of "
                             f"{graph_label}{where} can be read or initialized through it."),
                    fix=("Open a new session on the same graph and initialize or restore again: "
                         "`sess = tf.compat.v1.Session()` then "
                         "`sess.run(tf.compat.v1.global_variables_initializer())` (or "
                         "`saver.restore(sess, path)`). Use `with tf.compat.v1.Session() as sess:` "
                         "only around code that is done with the session when the block ends."),
                    culprits=[e.label for e in closed], rule="tfgraph.closed_session"))
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

    variables = [f.ref() for f in facts]
    per_session = []
    for entry in live:
        probed = probe.variable_states(entry.session, [v for v in variables if v is not None])
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
                f"{label}: run `{entry.code_name}.run(tf.compat.v1.global_variables_initializer())` "
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


def _inspect_eager(report: GraphReport, user_ns: dict, object_name: str | None,
                   target_obj) -> None:
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
    for name, value in items:
        if isinstance(value, type):
            continue
        if layer_classes and isinstance(value, layer_classes):
            checked += 1
            finding = _unbuilt_layer_finding(name, value)
            if finding is not None:
                report.findings.append(finding)
        elif optimizer_classes and isinstance(value, optimizer_classes):
            checked += 1
            if keras.optimizer_is_built(value) is False:
                report.findings.append(_unbuilt_optimizer_finding(name, value))
        elif status_classes and isinstance(value, status_classes):
            checked += 1
            message = checkpoints.unconsumed_restore(value)
            if message:
                report.findings.append(_pending_restore_finding(name, message, None))
        elif ckpt_class is not None and isinstance(value, ckpt_class):
            checked += 1
            deferred = checkpoints.deferred_restorations(value)
            if deferred:
                flagged_checkpoints.add(id(value))
                report.findings.append(_deferred_restore_finding(name, deferred))
        elif module_class is not None and isinstance(value, module_class):
            checked += 1
            for path, layer in _unbuilt_layers_inside(value, name, layer_classes):
                finding = _unbuilt_layer_finding(path, layer)
                if finding is not None:
                    report.findings.append(finding)
    if target_obj is None:
        for ckpt, status, path in checkpoints.recorded_restores():
            if id(ckpt) in flagged_checkpoints:
                continue
            message = checkpoints.unconsumed_restore(status)
            if message:
                label = _name_of(user_ns, ckpt) or "a tf.train.Checkpoint"
                report.findings.append(_pending_restore_finding(label, message, path))
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


def _unbuilt_layer_finding(name: str, layer) -> Finding | None:
    if keras.layer_is_built(layer):
        return None
    is_model = keras.is_keras_model(layer)
    if not is_model and not keras.keras_layer_build_overridden(layer):
        return None  # a layer without weights of its own (Dropout, Flatten, ...) is fine
    kind = "model" if is_model else "layer"
    layer_name = getattr(layer, "name", "")
    return Finding(
        kind="unbuilt_layer", severity="warning",
        summary=(f"Keras {kind} `{name}` ({type(layer).__name__} '{layer_name}') is not built: "
                 f"its weights do not exist yet, so `{name}.weights` is empty and "
                 "get_weights/set_weights, load_weights and checkpoint restores have nothing "
                 "to fill."),
        fix=(f"Build it before using its weights: call it once on a batch "
             f"(`{name}(x[:1])`), or `{name}.build(input_shape)`"
             + (", or give the first layer an `Input(shape=...)`." if is_model else ".")),
        culprits=[name], rule="tfgraph.unbuilt_layer")


def _unbuilt_optimizer_finding(name: str, optimizer) -> Finding:
    return Finding(
        kind="unbuilt_layer", severity="warning",
        summary=(f"Optimizer `{name}` ({type(optimizer).__name__}) is not built: its slot "
                 "variables (moments, accumulators) do not exist yet, so restoring optimizer "
                 "state into it now keeps those values pending."),
        fix=(f"They appear on the first `apply_gradients`/`fit`; to create them now call "
             f"`{name}.build(model.trainable_variables)` before restoring a checkpoint."),
        culprits=[name], rule="tfgraph.unbuilt_optimizer")


def _pending_restore_finding(name: str, message: str, path: str | None) -> Finding:
    first = message.strip().splitlines()[0] if message.strip() else "values were not used"
    where = f" from {path}" if path else ""
    return Finding(
        kind="checkpoint_mismatch", severity="warning",
        summary=(f"The restore{where} through `{name}` did not use every value of the "
                 f"checkpoint (assert_consumed: {first[:300]})."),
        fix=("Create the missing objects first (build the model, `optimizer.build(...)`) and "
             "restore again, or compare the keys with `%tfgraph --checkpoint PATH --object "
             "NAME`; call `.expect_partial()` on the status if the partial restore is "
             "intended."),
        culprits=[name], rule="tfgraph.pending_restore")


def _deferred_restore_finding(name: str, deferred: list[str]) -> Finding:
    shown = ", ".join(deferred[:_MAX_NAMES_IN_SUMMARY]) + (
        f" and {len(deferred) - _MAX_NAMES_IN_SUMMARY} more"
        if len(deferred) > _MAX_NAMES_IN_SUMMARY else "")
    return Finding(
        kind="checkpoint_mismatch", severity="warning",
        summary=(f"Checkpoint `{name}` holds restored values for objects that do not exist yet "
                 f"({shown}): they stay unrestored until those weights are created."),
        fix=("Build the model (call it on a batch) and the optimizer "
             "(`optimizer.build(model.trainable_variables)`) — the pending values are assigned "
             "the moment the variables appear — then check with `status.assert_consumed()`."),
        culprits=[name] + deferred[:_MAX_NAMES_IN_SUMMARY], rule="tfgraph.deferred_restore")


def _unbuilt_layers_inside(module, name: str, layer_classes, depth: int = 3):
    """(attribute path, layer) for Keras layers reachable from a tf.Module's attributes."""
    if not layer_classes:
        return
    seen = {id(module)}
    stack = [(name, module, 0)]
    while stack:
        path, obj, level = stack.pop()
        try:
            attributes = vars(obj)
        except TypeError:
            continue
        for attr, value in attributes.items():
            if attr.startswith("_"):
                continue
            values = [(f"{path}.{attr}", value)]
            if isinstance(value, (list, tuple)):
                values = [(f"{path}.{attr}[{i}]", v) for i, v in enumerate(value)]
            elif isinstance(value, dict):
                values = [(f"{path}.{attr}[{k!r}]", v) for k, v in value.items()]
            for child_path, child in values:
                if id(child) in seen:
                    continue
                seen.add(id(child))
                if isinstance(child, layer_classes):
                    yield child_path, child
                elif level + 1 < depth and hasattr(child, "_trackable_children"):
                    stack.append((child_path, child, level + 1))


def _name_of(user_ns: dict, obj) -> str | None:
    for name, value in user_ns.items():
        if value is obj and not name.startswith("_"):
            return name
    return None


# --------------------------------------------------------------------------- checkpoints


def _compare_checkpoint(report, path, user_ns, session_obj, session_name, target_obj,
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
    keys = {k: v for k, v in keys.items() if k not in _BOOKKEEPING_KEYS}
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
    _report_comparison(report, path, comparison, what, graph_mode=True, object_name=None,
                       target=target, checkpoint=keys)


def _compare_with_object(report, path, keys, obj, object_name) -> None:
    ckpt_class = checkpoints.checkpoint_class()
    is_checkpoint = isinstance(obj, ckpt_class)
    roots = sorted({k.split("/", 1)[0] for k in keys})
    root_name = None if is_checkpoint else (roots[0] if len(roots) == 1 else "model")
    layer_classes = keras.keras_layer_classes()
    if layer_classes and isinstance(obj, layer_classes) and not keras.layer_is_built(obj):
        finding = _unbuilt_layer_finding(object_name, obj)
        if finding is not None:
            report.findings.append(finding)
    try:
        target = checkpoints.object_checkpoint_keys(obj, root_name)
    except Exception as exc:  # noqa: BLE001
        raise UsageError(f"--object {object_name}: could not list the checkpoint keys of "
                         f"`{object_name}` ({type(exc).__name__}: {exc}).") from None
    target = {k: v for k, v in target.items() if k not in _BOOKKEEPING_KEYS}
    comparison = compare_keys(target, keys)
    _report_comparison(report, path, comparison, f"`{object_name}`", graph_mode=False,
                       object_name=object_name, target=target, checkpoint=keys,
                       root_name=root_name)


def compare_keys(target: dict, checkpoint: dict) -> KeyComparison:
    """Compare {name: shape} of a graph/object with {key: shape} of a checkpoint."""
    common = target.keys() & checkpoint.keys()
    mismatch = sorted((k, _tuple(target[k]), _tuple(checkpoint[k])) for k in common
                      if not _shapes_agree(target[k], checkpoint[k]))
    missing = sorted(target.keys() - checkpoint.keys())
    unexpected = sorted(checkpoint.keys() - target.keys())
    comparison = KeyComparison(matched=sorted(common), missing=missing, unexpected=unexpected,
                               shape_mismatch=mismatch)
    comparison.rename = find_prefix_rename(missing, unexpected, target, checkpoint)
    return comparison


def find_prefix_rename(missing: list[str], unexpected: list[str], target: dict,
                       checkpoint: dict) -> PrefixRename | None:
    """The prefix change (added to or removed from every name) that turns the most unexpected
    checkpoint keys into missing target names with equal shapes, or None."""
    if not missing or not unexpected:
        return None
    candidates: dict[tuple[str, str], list[tuple[str, str]]] = {}
    unexpected_set = set(unexpected)
    by_tail: dict[str, list[str]] = {}
    for key in unexpected:
        parts = key.split("/")
        for i in range(len(parts)):
            by_tail.setdefault("/".join(parts[i:]), []).append(key)
    for name in missing:
        parts = name.split("/")
        for i in range(len(parts)):
            tail = "/".join(parts[i:])
            for key in by_tail.get(tail, ()):
                if not _shapes_agree(target[name], checkpoint[key]):
                    continue
                ckpt_prefix = key[: len(key) - len(tail)]
                target_prefix = name[: len(name) - len(tail)]
                if ckpt_prefix == target_prefix:
                    continue
                candidates.setdefault((ckpt_prefix, target_prefix), []).append((key, name))
    if not candidates:
        return None
    (ckpt_prefix, target_prefix), pairs = max(
        candidates.items(), key=lambda item: (len({k for k, _ in item[1]}),
                                              -len(item[0][0]) - len(item[0][1])))
    pairs = sorted({(k, n) for k, n in pairs if k in unexpected_set})
    return PrefixRename(ckpt_prefix, target_prefix, pairs)


def _shapes_agree(a, b) -> bool:
    if a is None or b is None:
        return True
    a, b = tuple(a), tuple(b)
    return len(a) == len(b) and all(x is None or y is None or x == y for x, y in zip(a, b))


def _tuple(shape):
    return tuple(shape) if shape is not None else None


def _names(items: list[str]) -> str:
    shown = ", ".join(items[:_MAX_NAMES_IN_SUMMARY])
    extra = len(items) - _MAX_NAMES_IN_SUMMARY
    return shown + (f" and {extra} more" if extra > 0 else "")


def _report_comparison(report, path, comparison: KeyComparison, what: str, graph_mode: bool,
                       object_name: str | None, target: dict, checkpoint: dict,
                       root_name: str | None = None) -> None:
    report.notes.append(
        f"Checkpoint {path}: {len(comparison.matched)} key(s) match {what}, "
        f"{len(comparison.missing)} of its variable(s) are missing from the checkpoint, "
        f"{len(comparison.unexpected)} checkpoint key(s) match nothing, "
        f"{len(comparison.shape_mismatch)} shape mismatch(es).")
    rename = comparison.rename
    renamed_keys = {k for k, _ in rename.pairs} if rename else set()
    renamed_names = {n for _, n in rename.pairs} if rename else set()
    if rename:
        report.findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning",
            summary=(f"{len(rename.pairs)} checkpoint key(s) are {what}'s variables under "
                     f"another prefix: checkpoint {rename.checkpoint_prefix or '(no prefix)'!r}"
                     f" ↔ {'graph' if graph_mode else 'object'} "
                     f"{rename.target_prefix or '(no prefix)'!r} (e.g. "
                     f"{rename.pairs[0][0]} → {rename.pairs[0][1]}); restoring by name misses "
                     "them."),
            fix=_rename_fix(path, rename, graph_mode, object_name, root_name, target,
                            checkpoint),
            culprits=[rename.checkpoint_prefix or "/", rename.target_prefix or "/"],
            rule="tfgraph.checkpoint_rename"))
    missing = [n for n in comparison.missing if n not in renamed_names]
    unexpected = [k for k in comparison.unexpected if k not in renamed_keys]
    if missing:
        report.findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning",
            summary=(f"{len(missing)} variable(s) of {what} have no value in {path}: "
                     f"{_names(missing)}. A restore leaves them at their initializer (or "
                     "fails with NotFoundError for a Saver)."),
            fix=("Restore only what the checkpoint has (`tf.compat.v1.train.Saver(var_list="
                 "[...])` / `init_from_checkpoint` with an assignment_map) and initialize the "
                 "rest, or check that the model definition matches the one that was saved."
                 if graph_mode else
                 "Build the same architecture that was saved (layer order and names), or "
                 "restore with `.expect_partial()` if these weights are meant to be new."),
            culprits=missing[:_MAX_NAMES_IN_SUMMARY], rule="tfgraph.checkpoint_missing"))
    if unexpected:
        report.findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning" if not missing else "info",
            summary=(f"{len(unexpected)} key(s) of {path} match no variable of {what}: "
                     f"{_names(unexpected)}."),
            fix=("Harmless for a restore by object; these values are simply not loaded. If "
                 "they should be, create the objects that own them (an optimizer, extra "
                 "layers) before restoring."),
            culprits=unexpected[:_MAX_NAMES_IN_SUMMARY], rule="tfgraph.checkpoint_unexpected"))
    if comparison.shape_mismatch:
        detail = "; ".join(f"{n}: {list(a)} here vs {list(b)} in the checkpoint"
                           for n, a, b in comparison.shape_mismatch[:_MAX_NAMES_IN_SUMMARY])
        report.findings.append(Finding(
            kind="checkpoint_mismatch", severity="warning",
            summary=f"{len(comparison.shape_mismatch)} variable(s) differ in shape: {detail}.",
            fix=("Restoring them raises InvalidArgumentError (shape mismatch). Rebuild the "
                 "layers with the saved sizes, or leave these variables out of the restore."),
            culprits=[n for n, _, _ in comparison.shape_mismatch[:_MAX_NAMES_IN_SUMMARY]],
            rule="tfgraph.checkpoint_shape"))
    if not (rename or missing or unexpected or comparison.shape_mismatch):
        report.notes.append(f"Every key of {path} matches {what} with the same shape.")


def _scope_map_applies(rename: PrefixRename, target: dict, checkpoint: dict) -> bool:
    """Whether ``{ckpt_prefix: target_prefix}`` is safe for ``init_from_checkpoint``: it loads
    every variable under the target prefix and raises on any without a same-shaped key."""
    if not rename.target_prefix:
        return False  # mapping into the root is not a scope mapping init_from_checkpoint takes
    for name, shape in target.items():
        if not name.startswith(rename.target_prefix):
            continue
        key = rename.checkpoint_prefix + name[len(rename.target_prefix):]
        if key not in checkpoint or not _shapes_agree(shape, checkpoint[key]):
            return False
    return True


def _rename_fix(path, rename: PrefixRename, graph_mode: bool, object_name, root_name,
                target: dict, checkpoint: dict) -> str:
    if graph_mode:
        intro = ("Map the checkpoint names onto the graph's — call before running the "
                 "initializer (init_from_checkpoint replaces the variables' initializers):\n")
        tail = (f"tf.compat.v1.train.init_from_checkpoint({path!r}, assignment_map)\n"
                "sess.run(tf.compat.v1.global_variables_initializer())")
        if _scope_map_applies(rename, target, checkpoint):
            ckpt_prefix = rename.checkpoint_prefix or "/"
            return (intro + f"assignment_map = {{{ckpt_prefix!r}: {rename.target_prefix!r}}}\n"
                    + tail)
        return intro + f"assignment_map = {_pairs_map(rename)}\n" + tail
    old_root = rename.checkpoint_prefix.rstrip("/")
    new_root = rename.target_prefix.rstrip("/")
    if old_root and new_root and "/" not in old_root and "/" not in new_root:
        child = object_name if root_name == new_root else f"{object_name}.{new_root}"
        return ("The checkpoint stores the object under another attribute name; attach it "
                "under that name when restoring:\n"
                f"status = tf.train.Checkpoint({old_root}={child}).restore({path!r})\n"
                "status.assert_existing_objects_matched()")
    return ("The names differ inside the object (renamed or reordered layers); load by "
            "position or map the values explicitly:\n"
            + "\n".join(f"# {k}  ->  {n}" for k, n in rename.pairs[:10])
            + "\nreader = tf.train.load_checkpoint(" + repr(path) + ")\n"
            "# then var.assign(reader.get_tensor(key)) for each pair above")


def _pairs_map(rename: PrefixRename) -> str:
    """One entry per renamed variable (ready to paste, however many there are)."""
    return "{" + ", ".join(f"{k!r}: {n!r}" for k, n in rename.pairs) + "}"
