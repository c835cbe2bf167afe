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
import importlib.abc
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
    return "tensorflow" in sys.modules


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


class _AfterImport(importlib.abc.MetaPathFinder):
    """Calls ``callback`` right after the top-level module ``name`` finishes importing.

    Lets a cell that starts with ``import tensorflow`` be instrumented from its first variable
    without tfmagic importing TensorFlow itself.
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


def install_variable_hook(on_created):
    """Wrap ``VariableMetaclass.__call__`` so ``on_created(variable, context)`` sees every
    outermost variable construction; ``context`` is what was true just before creation
    (scopes, requested device, in-function flag). Returns the undo callable."""
    try:
        from tensorflow.python.ops import variables as tf_variables
    except ImportError as exc:  # pragma: no cover - depends on TF layout
        raise HookUnavailable(f"variable creation hook: {exc}") from exc
    metaclass = getattr(tf_variables, "VariableMetaclass", None)
    original = metaclass.__dict__.get("__call__") if metaclass else None
    if original is None:
        raise HookUnavailable("variable creation hook: VariableMetaclass.__call__ not found")

    @functools.wraps(original)
    def __call__(cls, *args, **kwargs):  # noqa: N807 - replaces a dunder
        depth = getattr(_depth, "value", 0)
        if depth:
            return original(cls, *args, **kwargs)
        context = creation_context()
        _depth.value = 1
        try:
            variable = original(cls, *args, **kwargs)
        finally:
            _depth.value = 0
        try:
            on_created(variable, context)
        except Exception:  # noqa: BLE001 - a recording fault must never break user code
            pass
        return variable

    __call__.__tfmagic_original__ = original
    metaclass.__call__ = __call__

    def undo():
        if metaclass.__dict__.get("__call__") is __call__:
            metaclass.__call__ = original

    return _track(undo)


def creation_context() -> dict:
    """Scopes and device in force where a variable is about to be created."""
    from tensorflow.python.eager import context as eager_context
    from tensorflow.python.framework import ops
    from tensorflow.python.ops import variable_scope

    context = {"eager": eager_context.executing_eagerly(), "in_function": False}
    try:
        context["in_function"] = bool(ops.inside_function())
        context["name_scope"] = ops.get_name_scope() if not context["eager"] else (
            eager_context.context().scope_name.rstrip("/"))
        scope = variable_scope.get_variable_scope()
        context["variable_scope"] = scope.name
        context["reuse"] = scope.reuse
        if context["eager"]:
            context["requested_device"] = eager_context.context().device_name or ""
        else:
            context["requested_device"] = ""
    except Exception:  # noqa: BLE001 - best effort, facts stay empty
        pass
    return context


def keras_variable_path(frame) -> tuple[str | None, str | None]:
    """Walk outward from ``frame`` to find the Keras variable or layer creating a variable.

    Returns (keras path such as ``sequential/dense/kernel``, layer name for legacy layers).
    """
    path = None
    layer_name = None
    depth = 0
    while frame is not None and depth < 40:
        code = frame.f_code
        if code.co_name == "_initialize" and path is None:
            owner = frame.f_locals.get("self")
            candidate = getattr(owner, "path", None)
            if isinstance(candidate, str):
                path = candidate
                break
        elif code.co_name in ("add_weight", "add_variable") and layer_name is None:
            owner = frame.f_locals.get("self")
            name = getattr(owner, "name", None)
            if isinstance(name, str):
                layer_name = name
                break
        frame = frame.f_back
        depth += 1
    return path, layer_name


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


def is_autograph_file(filename: str) -> bool:
    return AUTOGRAPH_FILE_MARK in filename


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
        facts["dtype"] = variable.dtype.name
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
        from tensorflow.python.framework import ops

        handle = getattr(variable, "handle", None)
        if handle is not None and type(handle).__name__ == "EagerTensor":
            return False
        graph = variable.graph
        return isinstance(graph, ops.Graph) and not graph.building_function
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
            if current.inputs:
                names.append(current.inputs[0].op.name)
            continue
        if current.type in ("NoOp", "Identity", "Group"):
            stack.extend(current.control_inputs)
            stack.extend(t.op for t in current.inputs)
    return names


def fetched_operations(fetches) -> list:
    """The Operation objects inside a session.run ``fetches`` structure (shallow)."""
    from tensorflow.python.framework import ops

    if isinstance(fetches, ops.Operation):
        return [fetches]
    if isinstance(fetches, (list, tuple)):
        return [f for f in fetches if isinstance(f, ops.Operation)]
    if isinstance(fetches, dict):
        return [f for f in fetches.values() if isinstance(f, ops.Operation)]
    return []


def uninitialized_in_session(session, variables) -> dict:
    """{variable op name: initialized bool} for graph variables, with one ``session.run``.

    Resource variables carry their own ``VarIsInitializedOp`` (built with the variable), so
    checking them adds nothing to the user's graph; reference variables need an
    ``IsVariableInitialized`` op, built once per variable and cached on the graph so repeated
    checks never grow it. A finalized graph gets no new ops: those variables stay unknown.
    """
    from tensorflow.python.ops import state_ops

    fetch_names = []
    fetches = []
    for variable in variables:
        op = getattr(variable, "_is_initialized_op", None)
        if op is None:
            op = _cached_ref_check(variable, state_ops)
        if op is None:
            continue
        fetches.append(op)
        fetch_names.append(variable.op.name)
    if not fetches:
        return {}
    values = session.run(fetches)
    return {name: bool(value) for name, value in zip(fetch_names, values)}


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


def op_device(op) -> str:
    try:
        return op.device or ""
    except Exception:  # noqa: BLE001
        return ""


def op_inputs(op) -> list:
    try:
        return [t.op for t in op.inputs]
    except Exception:  # noqa: BLE001
        return []


def graph_of(op):
    return getattr(op, "graph", None)


# --------------------------------------------------------------------------- keras objects


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
