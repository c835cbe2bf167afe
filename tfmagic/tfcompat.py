"""Every touch of TensorFlow/Keras private API, version-guarded, in one place.

TensorFlow is never imported here at module import time: ``%load_ext tfmagic`` must leave the
user free to set ``TF_USE_LEGACY_KERAS`` or logical devices first.  Each hook returns an *undo*
callable; a hook that cannot be installed on this TensorFlow version raises ``HookUnavailable``
with a short reason, which the report lists under "unavailable facts" while the cell still runs.

Measured on TF 2.21 / Keras 3.15 (see DESIGN.md): wrapping ``VariableMetaclass.__call__`` sees
every variable (graphs made in the cell, other threads, Keras, distribution strategies) at no
measurable cost, where ``tf.variable_creator_scope`` is per graph and per thread.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import sys
import threading
import weakref

SUPPORTED_TF = (2, 16)
AUTOGRAPH_FILE_MARK = "__autograph_generated_file"


class HookUnavailable(RuntimeError):
    """A hook could not be installed on this TensorFlow version."""


_active_undos: list = []


def _track(undo):
    """Remember an undo so ``restore_all_patches`` can run it; running it forgets it."""

    def tracked():
        try:
            _active_undos.remove(tracked)
        except ValueError:
            pass
        undo()

    _active_undos.append(tracked)
    return tracked


def restore_all_patches() -> None:
    """Undo every patch still installed (``%unload_ext`` safety net)."""
    for undo in list(_active_undos):
        undo()


def active_patch_count() -> int:
    return len(_active_undos)


def tf_imported() -> bool:
    # sys.modules["tensorflow"] = None is how an import is blocked: not imported.
    return sys.modules.get("tensorflow") is not None


def tf_installed() -> bool:
    if tf_imported():
        return True
    try:
        return importlib.util.find_spec("tensorflow") is not None
    except (ImportError, ValueError):
        return False


def tf_version() -> tuple[int, int]:
    tf = sys.modules.get("tensorflow")
    version = getattr(tf, "__version__", "0.0")
    match = re.match(r"(\d+)\.(\d+)", version)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


# --------------------------------------------------------------------------- import watching


class _AfterImport:
    """Calls ``callback`` right after the top-level module ``name`` finishes importing.

    Lets a cell that starts with ``import tensorflow`` be instrumented from its first variable
    without tfmagic importing TensorFlow itself. (A meta path finder only needs ``find_spec``;
    not subclassing ``importlib.abc`` keeps that import off ``%load_ext``.)
    """

    def __init__(self, name: str, callback):
        self.name = name
        self.callback = callback
        self._searching = False

    def find_spec(self, fullname, path=None, target=None):
        if fullname != self.name or self._searching:
            return None
        self._searching = True
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            self._searching = False
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader = spec.loader
        original = loader.exec_module
        callback = self.callback

        def exec_module(module):
            try:
                original(module)
            finally:
                try:
                    del loader.exec_module
                except AttributeError:
                    pass
            callback()

        loader.exec_module = exec_module
        return spec


def call_after_import(name: str, callback):
    """Install an import watcher; returns the undo callable."""
    finder = _AfterImport(name, callback)
    sys.meta_path.insert(0, finder)

    def undo():
        try:
            sys.meta_path.remove(finder)
        except ValueError:
            pass

    return _track(undo)


# --------------------------------------------------------------------------- variable hook

_depth = threading.local()

# Call sites inside TensorFlow that make private bookkeeping variables the user never asked for
# (MirroredStrategy's collective ordering tokens): (file name ending, function name).
_INTERNAL_SITES = (
    ("distribute/cross_device_utils.py", "__init__"),
)


def install_variable_hook(on_created):
    """Wrap ``VariableMetaclass.__call__`` so ``on_created(variable, context)`` sees every
    outermost variable construction; ``context`` is what was true just before creation
    (scopes, requested device, in-function flag). Returns the undo callable.

    ``_UnreadVariable`` (the lazy result of ``assign``/``assign_add``: a view of an existing
    variable, made on every optimizer step) passes straight through, so a training loop pays
    one identity check per assignment and nothing else.  ``VariableScope.get_variable`` is
    wrapped as well, only to remember the caller's name scope, which ``get_variable`` resets
    before it creates the variable.
    """
    try:
        from tensorflow.python.ops import resource_variable_ops
        from tensorflow.python.ops import variable_scope as tf_variable_scope
        from tensorflow.python.ops import variables as tf_variables
    except ImportError as exc:  # pragma: no cover - depends on TF layout
        raise HookUnavailable(f"variable creation hook: {exc}") from exc
    metaclass = getattr(tf_variables, "VariableMetaclass", None)
    original = metaclass.__dict__.get("__call__") if metaclass else None
    if original is None:
        raise HookUnavailable("variable creation hook: VariableMetaclass.__call__ not found")
    unread = getattr(resource_variable_ops, "_UnreadVariable", None)
    depth_state = _depth

    @functools.wraps(original)
    def __call__(cls, *args, **kwargs):  # noqa: N807 - replaces a dunder
        if cls is unread or getattr(depth_state, "value", 0):
            return original(cls, *args, **kwargs)
        caller = sys._getframe(1)
        if _is_internal_site(caller):
            return original(cls, *args, **kwargs)
        context = creation_context()
        depth_state.value = 1
        try:
            variable = original(cls, *args, **kwargs)
        finally:
            depth_state.value = 0
        try:
            on_created(variable, context, caller)
        except Exception:  # noqa: BLE001 - a recording fault must never break user code
            pass
        return variable

    __call__.__tfmagic_original__ = original
    metaclass.__call__ = __call__

    scope_class = getattr(tf_variable_scope, "VariableScope", None)
    original_get = scope_class.__dict__.get("get_variable") if scope_class else None
    get_variable = None
    if original_get is not None:
        from tensorflow.python.framework import ops

        @functools.wraps(original_get)
        def get_variable(self, *args, **kwargs):
            saved = getattr(depth_state, "outer_name_scope", None)
            if saved is None:
                try:
                    depth_state.outer_name_scope = ops.get_name_scope()
                except Exception:  # noqa: BLE001
                    depth_state.outer_name_scope = None
            try:
                return original_get(self, *args, **kwargs)
            finally:
                depth_state.outer_name_scope = saved

        scope_class.get_variable = get_variable

    def undo():
        if metaclass.__dict__.get("__call__") is __call__:
            metaclass.__call__ = original
        if get_variable is not None and scope_class.__dict__.get("get_variable") is get_variable:
            scope_class.get_variable = original_get

    return _track(undo)


def _is_internal_site(frame) -> bool:
    # The constructor is reached through TF's ``filter_traceback`` wrapper and the metaclass,
    # so the frame that wrote ``ResourceVariable(...)`` is at most a few frames out.
    for _ in range(3):
        if frame is None:
            return False
        code = frame.f_code
        for suffix, function in _INTERNAL_SITES:
            if code.co_name == function and code.co_filename.endswith(suffix):
                return True
        frame = frame.f_back
    return False


_CONTROL_FLOW_GRAPHS: tuple | None = None


def _control_flow_graph_classes() -> tuple:
    global _CONTROL_FLOW_GRAPHS
    if _CONTROL_FLOW_GRAPHS is None:
        try:
            from tensorflow.python.ops import control_flow_v2_func_graphs as cf

            _CONTROL_FLOW_GRAPHS = (cf.ControlFlowFuncGraph,)
        except Exception:  # noqa: BLE001 - older layout: treat every FuncGraph as a function
            _CONTROL_FLOW_GRAPHS = ()
    return _CONTROL_FLOW_GRAPHS


def _tracing_function(graph) -> bool:
    """True when ``graph`` is (inside) a ``tf.function`` being traced.

    ``while_loop``/``cond`` bodies are FuncGraphs too (``dynamic_rnn`` builds its cell inside
    one) but their variables live in the enclosing TF1 graph, so they do not count.
    """
    control_flow = _control_flow_graph_classes()
    while graph is not None and getattr(graph, "building_function", False):
        if not isinstance(graph, control_flow):
            return True
        graph = getattr(graph, "outer_graph", None)
    return False


class _Modules:
    """TensorFlow modules the per-variable code needs, imported once (an import statement in a
    function that runs for every variable costs more than the rest of the function)."""

    eager_context = None
    ops = None
    variable_scope = None
    eager_tensor = None

    @classmethod
    def load(cls):
        if cls.ops is None:
            from tensorflow.python.eager import context as eager_context
            from tensorflow.python.framework import ops
            from tensorflow.python.ops import variable_scope

            cls.eager_context = eager_context
            cls.variable_scope = variable_scope
            cls.eager_tensor = getattr(ops, "EagerTensor", None)
            cls.ops = ops
        return cls


def creation_context() -> dict:
    """Scopes and device in force where a variable is about to be created.

    In eager mode the TF1 variable scope only matters to ``get_variable`` (``tf.Variable``
    names ignore it), so it is read only there, which keeps the common eager path cheap.
    """
    modules = _Modules.load()
    eager_context = modules.eager_context
    eager = eager_context.executing_eagerly()
    context = {"eager": eager, "in_function": False}
    try:
        outer = getattr(_depth, "outer_name_scope", None)
        if eager:
            ctx = eager_context.context()
            context["name_scope"] = ctx.scope_name.rstrip("/")
            context["requested_device"] = ctx.device_name or ""
        else:
            graph = modules.ops.get_default_graph()
            context["in_function"] = _tracing_function(graph)
            context["name_scope"] = graph.get_name_scope()
            context["requested_device"] = ""
        if outer is not None:
            context["name_scope"] = outer
        if outer is not None or not eager:
            scope = modules.variable_scope.get_variable_scope()
            context["variable_scope"] = scope.name
            context["reuse"] = scope.reuse
    except Exception:  # noqa: BLE001 - best effort, facts stay empty
        pass
    return context


# Functions whose frame tells which Keras object a variable belongs to: Keras 3
# ``Variable._initialize`` (``self.path``) and the layer's ``add_weight`` (legacy tf_keras and
# ``tf.compat.v1.layers``, where ``self.name`` is the layer).
KERAS_FRAME_NAMES = frozenset({"_initialize", "add_weight", "add_variable"})


def keras_frame_owner(frame) -> tuple[str | None, str | None] | None:
    """(Keras path, legacy layer name) if ``frame`` is one of ``KERAS_FRAME_NAMES``, else None."""
    code = frame.f_code
    if code.co_name == "_initialize":
        if "keras" not in code.co_filename:
            return None
        candidate = getattr(frame.f_locals.get("self"), "path", None)
        return (candidate, None) if isinstance(candidate, str) else None
    name = getattr(frame.f_locals.get("self"), "name", None)
    return (None, name) if isinstance(name, str) else None


def autograph_origin(frame, lineno: int):
    """Map a line of an autograph-generated file back to (filename, lineno) of the original.

    The converted function hangs off the ``converted_call`` frame that called it as
    ``converted_f``; its ``ag_source_map`` is keyed by (generated file, line).
    """
    filename = frame.f_code.co_filename
    outer = frame.f_back
    while outer is not None:
        if outer.f_code.co_name == "converted_call":
            converted = outer.f_locals.get("converted_f")
            source_map = getattr(converted, "ag_source_map", None)
            if source_map:
                for location, origin in source_map.items():
                    if location.filename == filename and location.lineno == lineno:
                        return origin.loc.filename, origin.loc.lineno
        outer = outer.f_back
    return None


def variable_facts(variable) -> dict:
    """Plain facts about a created variable (no references kept)."""
    facts = {}
    try:
        facts["name"] = variable.name
    except Exception:  # noqa: BLE001
        facts["name"] = "<unnamed>"
    try:
        shape = variable.shape
        facts["shape"] = tuple(shape.as_list()) if shape.rank is not None else None
    except Exception:  # noqa: BLE001
        facts["shape"] = None
    try:
        dtype = variable.dtype
        facts["dtype"] = getattr(dtype, "base_dtype", dtype).name
    except Exception:  # noqa: BLE001
        facts["dtype"] = None
    try:
        facts["trainable"] = bool(variable.trainable)
    except Exception:  # noqa: BLE001
        facts["trainable"] = None
    try:
        facts["device"] = variable.device or ""
    except Exception:  # noqa: BLE001
        facts["device"] = ""
    values = getattr(variable, "values", None)
    if isinstance(values, (tuple, list)) and values and not callable(values):
        facts["replica_devices"] = [getattr(v, "device", "") for v in values]
    facts["graph"] = variable.graph if is_graph_variable(variable) else None
    return facts


def is_graph_variable(variable) -> bool:
    """True for a variable living in a TF1-style graph (needs a session to initialize)."""
    try:
        modules = _Modules.load()
        handle = getattr(variable, "handle", None)
        if handle is not None and modules.eager_tensor is not None and \
                isinstance(handle, modules.eager_tensor):
            return False
        graph = variable.graph
        return isinstance(graph, modules.ops.Graph) and not graph.building_function
    except Exception:  # noqa: BLE001
        return False


# --------------------------------------------------------------------------- sessions

_sessions: "weakref.WeakSet" = weakref.WeakSet()
_session_listeners: list = []


def install_session_hook(on_run=None):
    """Track every ``BaseSession`` created (weakly) and report successful ``run`` calls.

    ``on_run(session, fetches)`` is called after a ``run`` that did not raise, so the ledger
    can remember when initializers ran. Returns the undo callable.
    """
    try:
        from tensorflow.python.client import session as tf_session
    except ImportError as exc:  # pragma: no cover
        raise HookUnavailable(f"session hook: {exc}") from exc
    base = tf_session.BaseSession
    original_init = base.__dict__["__init__"]
    original_run = base.__dict__["run"]

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):  # noqa: N807
        original_init(self, *args, **kwargs)
        _sessions.add(self)

    @functools.wraps(original_run)
    def run(self, fetches, *args, **kwargs):
        result = original_run(self, fetches, *args, **kwargs)
        if on_run is not None:
            try:
                on_run(self, fetches)
            except Exception:  # noqa: BLE001
                pass
        return result

    base.__init__ = __init__
    base.run = run

    def undo():
        if base.__dict__.get("__init__") is __init__:
            base.__init__ = original_init
        if base.__dict__.get("run") is run:
            base.run = original_run

    return _track(undo)


def tracked_sessions() -> list:
    return [s for s in list(_sessions) if not getattr(s, "_closed", False)]


def all_tracked_sessions() -> list:
    return list(_sessions)


def is_session(obj) -> bool:
    if not tf_imported():
        return False
    try:
        from tensorflow.python.client import session as tf_session
    except ImportError:  # pragma: no cover
        return False
    return isinstance(obj, tf_session.BaseSession)


def session_closed(session) -> bool:
    return bool(getattr(session, "_closed", False))


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


def fetched_operations(fetches) -> list:
    """The Operation objects inside a session.run ``fetches`` structure (shallow).

    Runs after every ``session.run`` of a training loop, hence the cached module lookup.
    """
    operation = _Modules.load().ops.Operation
    if isinstance(fetches, operation):
        return [fetches]
    if isinstance(fetches, (list, tuple)):
        return [f for f in fetches if isinstance(f, operation)]
    if isinstance(fetches, dict):
        return [f for f in fetches.values() if isinstance(f, operation)]
    return []


def session_variable_states(session, variables) -> dict:
    """{variable op name: (initialized, actual device)} with one ``session.run`` per session.

    Resource variables carry their own ``VarIsInitializedOp`` (built with the variable), so
    checking them adds nothing to the user's graph; reference variables need an
    ``IsVariableInitialized`` op, built once per variable and cached on the graph so repeated
    checks never grow it. A finalized graph gets no new ops: those variables stay unknown.

    The same run asks for the partition graphs, whose nodes carry the device each variable was
    really placed on, which is how a soft-placement fallback (GPU asked, CPU used) shows up in
    graph mode, where ``variable.device`` only repeats the request.  When the run fails
    (a session without soft placement cannot place a variable pinned to a missing device), the
    variables whose requested device the session lacks are dropped and the rest retried once;
    the dropped ones (and all of them, if the retry fails too) come back as ``(None, "")``.
    """
    from tensorflow.python.ops import state_ops

    checks = []
    for variable in variables:
        op = getattr(variable, "_is_initialized_op", None)
        if op is None:
            op = _cached_ref_check(variable, state_ops)
        if op is not None:
            checks.append((variable.op.name, _requested_device(variable), op))
    if not checks:
        return {}
    states = {}
    try:
        states.update(_run_checks(session, checks))
    except Exception:  # noqa: BLE001 - retried without the unplaceable variables below
        available = session_devices(session)
        placeable = [c for c in checks if _device_available(c[1], available)]
        for name, _, _ in checks:
            states[name] = (None, "")
        if placeable and len(placeable) < len(checks):
            try:
                states.update(_run_checks(session, placeable))
            except Exception:  # noqa: BLE001 - the session places its whole graph at once:
                pass           # one unplaceable op fails every run, so all stay unknown
    return states


def _requested_device(variable) -> str:
    try:
        return variable.op.device or ""
    except Exception:  # noqa: BLE001
        return ""


def _run_checks(session, checks) -> dict:
    from tensorflow.core.protobuf import config_pb2

    options = config_pb2.RunOptions(output_partition_graphs=True)
    metadata = config_pb2.RunMetadata()
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
        from tensorflow.python.framework import device_spec

        spec = device_spec.DeviceSpecV2.from_string(requested)
    except Exception:  # noqa: BLE001
        return True
    for name in available:
        try:
            have = device_spec.DeviceSpecV2.from_string(name)
        except Exception:  # noqa: BLE001
            continue
        if spec.device_type and (spec.device_type or "").upper() != (have.device_type or "").upper():
            continue
        if spec.device_index is not None and spec.device_index != have.device_index:
            continue
        return True
    return False


_REF_CHECKS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _cached_ref_check(variable, state_ops):
    graph = variable.graph
    cache = _REF_CHECKS.setdefault(graph, {})
    name = variable.op.name
    op = cache.get(name)
    if op is None:
        if graph.finalized:
            return None
        with graph.as_default(), graph.name_scope("tfmagic_check/"):
            op = state_ops.is_variable_initialized(variable)
        cache[name] = op
    return op


def graph_variables(graph) -> list:
    """Every variable registered in a graph's collections (global and local)."""
    from tensorflow.python.framework import ops

    found = []
    seen = set()
    for key in (ops.GraphKeys.GLOBAL_VARIABLES, ops.GraphKeys.LOCAL_VARIABLES):
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


# --------------------------------------------------------------------------- diagnosis helpers


def is_tensor_not_variable(value) -> bool:
    """A tf.Tensor (eager or symbolic) that is not a variable."""
    tf = sys.modules.get("tensorflow")
    if tf is None:
        return False
    return isinstance(value, tf.Tensor) and not isinstance(value, tf.Variable) and \
        not hasattr(value, "assign")


def physical_devices(kind: str) -> list | None:
    """Physical devices of a kind (does not initialize the runtime); None if unknown."""
    tf = sys.modules.get("tensorflow")
    try:
        return tf.config.list_physical_devices(kind)
    except Exception:  # noqa: BLE001
        return None


def is_variable(value) -> bool:
    tf = sys.modules.get("tensorflow")
    if tf is None:
        return False
    if isinstance(value, tf.Variable):
        return True
    keras = sys.modules.get("keras")
    keras_variable = getattr(keras, "Variable", None) if keras is not None else None
    return keras_variable is not None and isinstance(value, keras_variable)


# --------------------------------------------------------------------------- errors


def is_op_error(exc) -> bool:
    if not tf_imported():
        return False
    try:
        from tensorflow.python.framework import errors_impl
    except ImportError:  # pragma: no cover
        return False
    return isinstance(exc, errors_impl.OpError)


_DETECTED_AT = re.compile(r"Detected at node '?([^'\s:]+)'?")


def failing_op(exc):
    """The op an OpError names: ``exc.op`` or the node in "Detected at node X"."""
    op = getattr(exc, "op", None)
    if op is not None:
        return op
    match = _DETECTED_AT.search(str(getattr(exc, "message", "")) or str(exc))
    if not match:
        return None
    try:
        from tensorflow.python.framework import ops

        return ops.get_default_graph().get_operation_by_name(match.group(1))
    except Exception:  # noqa: BLE001
        return None


def op_traceback(op) -> list[tuple[str, int]]:
    """(filename, lineno) frames where an op was created, oldest first."""
    try:
        frames = op.traceback
    except Exception:  # noqa: BLE001
        return []
    out = []
    for frame in frames or ():
        filename = getattr(frame, "filename", None)
        lineno = getattr(frame, "lineno", None)
        if filename is None and isinstance(frame, tuple):
            filename, lineno = frame[0], frame[1]
        if filename is not None and lineno is not None:
            out.append((filename, int(lineno)))
    return out


def keras_layer_classes() -> tuple:
    """Layer base classes of whichever Keras is loaded (Keras 3 and/or tf_keras)."""
    return _loaded_classes("layers", "Layer")


def keras_optimizer_classes() -> tuple:
    return _loaded_classes("optimizers", "Optimizer")


def _loaded_classes(submodule: str, name: str) -> tuple:
    classes = []
    for module_name in ("keras", "tf_keras"):
        module = sys.modules.get(module_name)
        if module is None:
            continue
        try:
            classes.append(getattr(getattr(module, submodule), name))
        except Exception:  # noqa: BLE001
            pass
    return tuple(classes)


def tf_module_class():
    tf = sys.modules.get("tensorflow")
    return getattr(tf, "Module", None) if tf is not None else None


# --------------------------------------------------------------------------- %tfgraph
#
# Initialization checks for %tfgraph, measured on TF 2.21 CPU with 10,000 resource variables
# (see bench/results_tfgraph.md): the first session.run of a new fetch set pays Grappler on the
# pruned subgraph (about 70% of the cost, superlinear in the fetch count) plus executor creation;
# adding any op to a graph a session already ran costs a re-placement of the whole graph (~0.9 s at
# 50,000 nodes) before anything runs. So resource variables are checked through the
# ``VarIsInitializedOp`` each one already carries (no new op), fetched in chunks through
# ``session.make_callable`` callables cached per session and variable set: chunks of ~2,000 were
# the fastest first run, and the cached callables make a repeat check cost a few milliseconds of
# Python instead of a 10,000-element fetch structure.

CHECK_CHUNK = 2000
_CALLABLES_PER_SESSION = 4
# Kept on the session itself: each callable references its session, so a WeakKeyDictionary
# keyed by the session would keep every session alive forever.
_SESSION_CHECKS_ATTR = "_tfmagic_initialization_checks"


def initialization_states(session, variables) -> dict:
    """{variable op name: True / False / None (unknown)} for graph variables in ``session``.

    Resource variables are checked through their own ``_is_initialized_op``; reference
    variables through an ``IsVariableInitialized`` op built once per variable and cached (none
    can be built in a finalized graph: those stay None). The callables are cached per session
    and variable set, at most a few per session, so repeated checks neither grow the graph nor
    pile up executors.
    """
    from tensorflow.python.ops import state_ops

    names = []
    fetches = []
    states: dict = {}
    for variable in variables:
        try:
            name = variable.op.name
        except Exception:  # noqa: BLE001 - not a graph variable
            continue
        op = getattr(variable, "_is_initialized_op", None)
        if op is None:
            op = _cached_ref_check(variable, state_ops)
        if op is None:
            states[name] = None
            continue
        names.append(name)
        fetches.append(op)
    if not fetches:
        return states
    key = tuple(names)
    per_session = session.__dict__.setdefault(_SESSION_CHECKS_ATTR, {})
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
    states.update((name, bool(value)) for name, value in zip(names, values))
    return states


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


def default_graph():
    from tensorflow.python.framework import ops

    return ops.get_default_graph()


def executing_eagerly() -> bool:
    from tensorflow.python.eager import context as eager_context

    return eager_context.executing_eagerly()


def find_sessions_by_gc() -> list:
    """Every live ``BaseSession`` the garbage collector knows (fallback, slow on big heaps)."""
    import gc

    from tensorflow.python.client import session as tf_session

    return [obj for obj in gc.get_objects() if isinstance(obj, tf_session.BaseSession)]


def is_keras_model(obj) -> bool:
    classes = _loaded_classes("models", "Model")
    return bool(classes) and isinstance(obj, classes)


def keras_layer_build_overridden(layer) -> bool:
    """Whether a layer's class defines its own ``build`` (so it has weights to create)."""
    for base in keras_layer_classes():
        if isinstance(layer, base):
            return getattr(type(layer), "build", None) is not getattr(base, "build", None)
    return False


def layer_is_built(layer) -> bool:
    return bool(getattr(layer, "built", False))


def optimizer_is_built(optimizer):
    """True / False for Keras 3 and tf_keras optimizers; None when it cannot tell."""
    built = getattr(optimizer, "built", None)
    if isinstance(built, bool):
        return built
    return None


def checkpoint_class():
    try:
        from tensorflow.python.checkpoint import checkpoint as tf_checkpoint
    except ImportError:  # pragma: no cover
        return None
    return tf_checkpoint.Checkpoint


def load_status_classes() -> tuple:
    """The classes ``Checkpoint.restore`` / ``read`` return."""
    try:
        from tensorflow.python.checkpoint import checkpoint as tf_checkpoint
    except ImportError:  # pragma: no cover
        return ()
    names = ("CheckpointLoadStatus", "InitializationOnlyStatus", "NameBasedSaverStatus")
    return tuple(getattr(tf_checkpoint, n) for n in names if hasattr(tf_checkpoint, n))


def is_fresh_start_status(status) -> bool:
    """True for what ``restore(None)`` returns (``CheckpointManager.latest_checkpoint`` is
    None before the first save): nothing to restore, on purpose."""
    fresh = [c for c in load_status_classes() if c.__name__ == "InitializationOnlyStatus"]
    return bool(fresh) and isinstance(status, fresh[0])


def unconsumed_restore(status) -> str | None:
    """Why a restore left checkpoint values unused, or None.

    ``assert_consumed()`` does not look at values deferred for objects that do not exist yet
    (a restore into an unbuilt Keras 3 model passes it but for ``save_counter``), so the status'
    root (``CheckpointLoadStatus._root``) is searched for deferred restorations first.
    """
    if is_fresh_start_status(status):
        return None
    root = getattr(status, "_root", None)
    if root is not None:
        deferred = deferred_restorations(root)
        if deferred:
            return ("values wait for objects that do not exist yet: " + ", ".join(deferred[:5])
                    + (f" and {len(deferred) - 5} more" if len(deferred) > 5 else ""))
    try:
        status.assert_consumed()
    except AssertionError as exc:
        message = str(exc)
        # Checkpoint.write() (unlike save()) stores no save_counter, so restoring such a file
        # always leaves that one Python object unbound: not a value that went unused.
        if "not bound to checkpointed values" in message and "1 of 1 unmatched" in message \
                and "save_counter" in message:
            return None
        return message
    except Exception as exc:  # noqa: BLE001 - e.g. graph-mode statuses need a session
        return None if "session" in str(exc).lower() else str(exc)
    return None


def deferred_restorations(root, limit: int = 2000) -> list[str]:
    """Paths of trackables below ``root`` holding checkpoint values for children that do not
    exist yet (a restore into an unbuilt model: TensorFlow keeps them in
    ``_self_unconditional_deferred_dependencies`` until the variables are created)."""
    found = []
    seen = set()
    stack = [("", root)]
    while stack and len(seen) < limit:
        path, obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        deferred = getattr(obj, "_self_unconditional_deferred_dependencies", None)
        if deferred:
            for child in deferred:
                found.append(f"{path}/{child}" if path else str(child))
        try:
            children = obj._trackable_children()  # noqa: SLF001
        except Exception:  # noqa: BLE001
            continue
        for name, child in children.items():
            stack.append((f"{path}/{name}" if path else name, child))
    return sorted(found)


_restore_statuses: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def install_restore_hook():
    """Remember the status of every ``tf.train.Checkpoint.restore`` / ``read`` (one per
    checkpoint object, weakly keyed), so ``%tfgraph`` can report restores whose values were not
    all consumed even when the user discarded the status. Returns the undo callable."""
    cls = checkpoint_class()
    if cls is None:
        raise HookUnavailable("checkpoint restore hook: tf.train.Checkpoint not found")
    originals = {name: cls.__dict__[name] for name in ("restore", "read") if name in cls.__dict__}
    wrappers = {}
    for name, original in originals.items():
        def make(original=original):
            @functools.wraps(original)
            def wrapper(self, *args, **kwargs):
                status = original(self, *args, **kwargs)
                try:
                    _restore_statuses[self] = (status, str(args[0]) if args else "")
                except TypeError:
                    pass
                return status
            return wrapper
        wrappers[name] = make()
        setattr(cls, name, wrappers[name])

    def undo():
        for name, original in originals.items():
            if cls.__dict__.get(name) is wrappers[name]:
                setattr(cls, name, original)

    return _track(undo)


def recorded_restores() -> list:
    """(checkpoint object, status, path) for restores seen by ``install_restore_hook``."""
    return [(ckpt, status, path) for ckpt, (status, path) in list(_restore_statuses.items())]


def list_checkpoint_keys(path: str) -> dict:
    """{key: shape tuple} of a TensorFlow checkpoint (prefix or directory)."""
    from tensorflow.python.training import checkpoint_utils

    return {name: tuple(shape) for name, shape in checkpoint_utils.list_variables(path)}


def object_checkpoint_keys(obj, root_name: str | None) -> dict:
    """{key: shape} that saving ``obj`` would write, read back from an in-memory checkpoint.

    A ``tf.train.Checkpoint`` is written as is; another trackable (a Keras model) is wrapped as
    ``tf.train.Checkpoint(<root_name>=obj)``. Uses ``write`` (not ``save``), so the checkpoint's
    ``save_counter`` is left alone; the ``ram://`` file is deleted afterwards.
    """
    import uuid

    from tensorflow.python.lib.io import file_io

    cls = checkpoint_class()
    target = obj if isinstance(obj, cls) else cls(**{root_name or "model": obj})
    prefix = f"ram://tfmagic-{uuid.uuid4().hex}/ckpt"
    written = target.write(prefix)
    try:
        # Not checkpoint_utils.list_variables: it takes a ram:// prefix for a directory.
        from tensorflow.python.training import py_checkpoint_reader

        reader = py_checkpoint_reader.NewCheckpointReader(written)
        return {name: tuple(shape)
                for name, shape in reader.get_variable_to_shape_map().items()}
    finally:
        try:
            file_io.delete_recursively(prefix.rsplit("/", 1)[0])
        except Exception:  # noqa: BLE001
            pass
