"""Initialization state of graph variables in a session: the one probe used by the ledger at the
end of a cell and by ``%tfgraph``.

Measured on TF 2.21 CPU with 10,000 resource variables (see bench/results_tfgraph.md): the first
session.run of a new fetch set pays Grappler on the pruned subgraph (about 70% of the cost,
superlinear in the fetch count) plus executor creation; adding any op to a graph a session already
ran costs a re-placement of the whole graph (~0.9 s at 50,000 nodes) before anything runs. So
resource variables are checked through the ``VarIsInitializedOp`` each one already carries (no new
op), fetched in chunks through ``session.make_callable`` callables cached per session and variable
set: chunks of ~2,000 were the fastest first run, and the cached callables make a repeat check cost
a few milliseconds of Python instead of a 10,000-element fetch structure.
"""

from __future__ import annotations

import sys
import weakref

CHECK_CHUNK = 2000
_CALLABLES_PER_SESSION = 4
# Kept on the session itself: each callable references its session, so a WeakKeyDictionary
# keyed by the session would keep every session alive forever. The sessions that carry it are
# listed weakly, so ``%unload_ext`` takes the attribute off again (``forget_session_checks``).
_SESSION_CHECKS_ATTR = "_tfmagic_initialization_checks"
_checked_sessions: "weakref.WeakSet" = weakref.WeakSet()


def initializer_targets(op) -> list[str]:
    """Names of variable ops an initializer op (a NoOp grouping assigns) initializes."""
    names = []
    stack = [op]
    seen = set()
    while stack:
        current = stack.pop()
        if current.name in seen:
            continue
        seen.add(current.name)
        if current.type in ("Assign", "AssignVariableOp"):
            # Only a variable's own initializer (``<variable>/Assign``) counts: a training op
            # that groups ``assign`` updates (Adam's beta powers) initializes nothing.
            if current.inputs:
                target = current.inputs[0].op.name
                if current.name == target + "/Assign":
                    names.append(target)
            continue
        if current.type in ("NoOp", "Identity", "Group"):
            stack.extend(current.control_inputs)
            stack.extend(t.op for t in current.inputs)
    return names


def variable_states(session, variables, with_devices: bool = False,
                    known_ops: dict | None = None) -> dict:
    """{variable op name: (initialized, actual device)}: the one initialization probe, used by
    the ledger at the end of a cell (``with_devices``) and by ``%tfgraph``.

    Resource variables carry their own ``VarIsInitializedOp`` (built with the variable), so
    checking them adds nothing to the user's graph; reference variables need an
    ``IsVariableInitialized`` op, built once per variable and cached on the graph so repeated
    checks never grow it. A finalized graph gets no new ops: those variables stay unknown.

    ``with_devices`` asks the same run for the partition graphs, whose nodes carry the device
    each variable was really placed on (how a soft-placement fallback shows in graph mode,
    where ``variable.device`` only repeats the request); the device is "" otherwise. Without
    it the checks go through cached session callables (see ``_cached_callables``). When the run
    fails (a session without soft placement cannot place a variable pinned to a missing
    device), the variables whose requested device the session lacks are dropped and the rest
    retried once; the dropped ones (and all of them, if the retry fails too) come back as
    ``(None, "")``. The probe never raises for the session's sake.

    ``known_ops`` ({id(variable): (op name, requested device)}) spares reading ``variable.op``
    (~3 µs for a resource variable) for variables a caller has already described: %tfgraph
    keeps those facts per graph and probes 10,000 variables on each call.
    """
    state_ops = sys.modules["tensorflow"].compat.v1
    checks = []
    states = {}
    for variable in variables:
        known = known_ops.get(id(variable)) if known_ops else None
        if known is not None:
            name, device = known
        else:
            try:
                variable_op = variable.op
                name, device = variable_op.name, _requested_device(variable_op)
            except Exception:  # noqa: BLE001 - not a graph variable
                continue
        op = getattr(variable, "_is_initialized_op", None)
        if op is None:
            op = _cached_ref_check(variable, state_ops)
        if op is None:
            states[name] = (None, "")
            continue
        checks.append((name, device, op))
    if not checks:
        return states
    run = _run_with_devices if with_devices else _run_cached
    try:
        states.update(run(session, checks))
    except Exception:  # noqa: BLE001 - retried without the unplaceable variables below
        available = session_devices(session)
        placeable = [c for c in checks if _device_available(c[1], available)]
        for name, _, _ in checks:
            states[name] = (None, "")
        if placeable and len(placeable) < len(checks):
            try:
                states.update(run(session, placeable))
            except Exception:  # noqa: BLE001 - the session places its whole graph at once:
                pass           # one unplaceable op fails every run, so all stay unknown
    return states


def _requested_device(variable_op) -> str:
    try:
        return variable_op.device or ""
    except Exception:  # noqa: BLE001
        return ""


def _run_with_devices(session, checks) -> dict:
    tf = sys.modules["tensorflow"]
    options = tf.compat.v1.RunOptions(output_partition_graphs=True)
    metadata = tf.compat.v1.RunMetadata()
    values = session.run([c[2] for c in checks], options=options, run_metadata=metadata)
    wanted = {c[0] for c in checks}
    placed = {}
    for partition in metadata.partition_graphs:
        for node in partition.node:
            if node.name in wanted:
                placed.setdefault(node.name, node.device)
    return {name: (bool(value), placed.get(name, ""))
            for (name, _, _), value in zip(checks, values)}


def _device_available(requested: str, available: list[str]) -> bool:
    """Whether a requested device spec matches one of the session's devices."""
    if not requested:
        return True
    try:
        device_spec = sys.modules["tensorflow"].DeviceSpec
        spec = device_spec.from_string(requested)
    except Exception:  # noqa: BLE001
        return True
    for name in available:
        try:
            have = device_spec.from_string(name)
        except Exception:  # noqa: BLE001
            continue
        if spec.device_type and (spec.device_type or "").upper() != (have.device_type or "").upper():
            continue
        if spec.device_index is not None and spec.device_index != have.device_index:
            continue
        return True
    return False


# graph -> {variable op name: weak reference to its check op}. Weak: an op references its graph,
# which would keep every graph (weak key) alive forever; the graph itself keeps its ops alive.
# Resolving cached tensor names with ``get_tensor_by_name`` instead cost ~30 ms per %tfgraph call
# at 10,000 reference variables.
_REF_CHECKS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _cached_ref_check(variable, state_ops):
    graph = variable.graph
    cache = _REF_CHECKS.setdefault(graph, {})
    name = variable.op.name
    cached = cache.get(name)
    check_op = cached() if cached is not None else None
    if check_op is None:
        if graph.finalized:
            return None
        with graph.as_default(), graph.name_scope("tfmagic_check/"):
            # A should-use wrapper: reading ``.op`` counts as its use.
            check_op = state_ops.is_variable_initialized(variable).op
        cache[name] = weakref.ref(check_op)
    return check_op.outputs[0]


def _run_cached(session, checks) -> dict:
    """The checks through session callables cached per session and variable set, at most a
    few per session, so repeated checks neither grow the graph nor pile up executors."""
    key = tuple(name for name, _, _ in checks)
    fetches = [op for _, _, op in checks]
    per_session = session.__dict__.setdefault(_SESSION_CHECKS_ATTR, {})
    _checked_sessions.add(session)
    callables = per_session.pop(key, None)
    if callables is None:
        callables = [_raw_callable(session, fetches[i:i + CHECK_CHUNK])
                     for i in range(0, len(fetches), CHECK_CHUNK)]
    per_session[key] = callables  # most recently used last
    while len(per_session) > _CALLABLES_PER_SESSION:
        per_session.pop(next(iter(per_session)))
    values = []
    for call in callables:
        values.extend(call())
    return {name: (bool(value), "") for name, value in zip(key, values)}


def forget_session_checks() -> None:
    """Drop the cached check callables and the attribute that held them from every session
    (``%unload_ext``): nothing of tfmagic's stays on the user's sessions."""
    from .patches import drop_attribute

    drop_attribute(_checked_sessions, _SESSION_CHECKS_ATTR)


def _raw_callable(session, tensors):
    """A session callable returning a plain list of numpy values.

    ``BaseSession._make_callable_from_options`` skips the fetch-structure mapping that
    ``make_callable`` redoes on every call (~8 us per fetched tensor, 80 ms for 10,000); falls
    back to ``make_callable`` where the private method is missing.
    """
    maker = getattr(session, "_make_callable_from_options", None)
    if maker is None:
        return session.make_callable(tensors)
    from tensorflow.core.protobuf import config_pb2

    session._extend_graph()  # noqa: SLF001 - make_callable does this before building options
    return maker(config_pb2.CallableOptions(fetch=[t.name for t in tensors]))


def graph_variables(graph) -> list:
    """Every variable registered in a graph's collections (global and local)."""
    keys = sys.modules["tensorflow"].compat.v1.GraphKeys
    found = []
    seen = set()
    for key in (keys.GLOBAL_VARIABLES, keys.LOCAL_VARIABLES):
        for variable in graph.get_collection(key):
            if id(variable) not in seen:
                seen.add(id(variable))
                found.append(variable)
    return found


def session_devices(session) -> list[str]:
    try:
        return [d.name for d in session.list_devices()]
    except Exception:  # noqa: BLE001
        return []
