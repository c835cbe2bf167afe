"""Where and under which scopes a variable is being created: the creation context read just
before construction, Keras owners met on the stack, autograph lines mapped back to the source,
and the plain facts of a created variable (no references kept).
"""

from __future__ import annotations

import threading

from .safe import is_tf_object

AUTOGRAPH_FILE_MARK = "__autograph_generated_file"


# Per thread: inside a variable construction (``value``), and the caller's name scope saved by
# the ``get_variable`` wrapper (``outer_name_scope``).
creation_state = threading.local()


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


class TFModules:
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
    modules = TFModules.load()
    eager_context = modules.eager_context
    eager = eager_context.executing_eagerly()
    context = {"eager": eager, "in_function": False}
    try:
        outer = getattr(creation_state, "outer_name_scope", None)
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
        owner = frame.f_locals.get("self")
        candidate = getattr(owner, "path", None) if is_tf_object(owner) else None
        return (candidate, None) if type(candidate) is str else None
    owner = frame.f_locals.get("self")
    name = getattr(owner, "name", None) if is_tf_object(owner) else None
    return (None, name) if type(name) is str else None


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
        modules = TFModules.load()
        handle = getattr(variable, "handle", None)
        if handle is not None and modules.eager_tensor is not None and \
                isinstance(handle, modules.eager_tensor):
            return False
        graph = variable.graph
        return isinstance(graph, modules.ops.Graph) and not graph.building_function
    except Exception:  # noqa: BLE001
        return False
