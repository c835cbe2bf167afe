"""The variable and session hooks installed while a ``%%tfcheck`` cell runs.

Measured on TF 2.21 / Keras 3.15 (see DESIGN.md): wrapping ``VariableMetaclass.__call__`` sees
every variable (graphs made in the cell, other threads, Keras, distribution strategies) at no
measurable cost, where ``tf.variable_creator_scope`` is per graph and per thread.
"""

from __future__ import annotations

import functools
import sys
import weakref

from . import sites
from .patches import HookUnavailable, _track, tf_imported
from .safe import instance_of

# Call sites inside TensorFlow that make private bookkeeping variables the user never asked for
# (MirroredStrategy's collective ordering tokens): (file name ending, function name).
_INTERNAL_SITES = (
    ("distribute/cross_device_utils.py", "__init__"),
)


def install_variable_hook(on_created, on_fault=None):
    """Wrap ``VariableMetaclass.__call__`` so ``on_created(variable, context, caller)`` sees
    every outermost variable construction; ``context`` is what was true just before creation
    (scopes, requested device, in-function flag). Returns the undo callable.

    Everything tfmagic does around the real constructor is guarded: a fault is handed to
    ``on_fault(what, exc)`` (itself guarded) and the user's variable is created all the same.
    The wrapper frames carry ``__tracebackhide__`` (IPython hides them); ``hide_frames`` keeps
    them out of TensorFlow's own stacks.

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
    depth_state = sites.creation_state

    def fault(what, exc):
        if on_fault is not None:
            try:
                on_fault(what, exc)
            except Exception:  # noqa: BLE001 - nothing left to tell
                pass

    @functools.wraps(original)
    def __call__(cls, *args, **kwargs):  # noqa: N807 - replaces a dunder
        __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
        if cls is unread or getattr(depth_state, "value", 0):
            return original(cls, *args, **kwargs)
        try:
            caller = sys._getframe(1)
            context = None if _is_internal_site(caller) else sites.creation_context()
        except Exception as exc:  # noqa: BLE001 - a tfmagic fault must never break user code
            fault("variable creation context", exc)
            return original(cls, *args, **kwargs)
        if context is None:
            return original(cls, *args, **kwargs)
        depth_state.value = 1
        try:
            variable = original(cls, *args, **kwargs)
        finally:
            depth_state.value = 0
        try:
            on_created(variable, context, caller)
        except Exception as exc:  # noqa: BLE001 - a recording fault must never break user code
            fault("variable record", exc)
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
            __tracebackhide__ = True  # noqa: F841
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


_sessions: "weakref.WeakSet" = weakref.WeakSet()


def install_session_hook(on_run=None, on_fault=None):
    """Report successful ``BaseSession.run`` calls.

    ``on_run(session, fetches)`` is called after a ``run`` that did not raise, so the ledger
    can record initializer runs on the timeline. Sessions are remembered (weakly, ``track_
    session``) by the timeline's hook on ``BaseSession.__init__``, which also records where
    each was made: one wrap of the constructor. Faults go to ``on_fault(what, exc)``, never to
    the user. Returns the undo callable.
    """
    try:
        from tensorflow.python.client import session as tf_session
    except ImportError as exc:  # pragma: no cover
        raise HookUnavailable(f"session hook: {exc}") from exc
    base = tf_session.BaseSession
    original_run = base.__dict__["run"]

    @functools.wraps(original_run)
    def run(self, fetches, *args, **kwargs):
        __tracebackhide__ = True  # noqa: F841
        result = original_run(self, fetches, *args, **kwargs)
        if on_run is not None:
            try:
                on_run(self, fetches)
            except Exception as exc:  # noqa: BLE001 - a recording fault must never break user code
                if on_fault is not None:
                    try:
                        on_fault("initializer run record", exc)
                    except Exception:  # noqa: BLE001
                        pass
        return result

    base.run = run

    def undo():
        if base.__dict__.get("run") is run:
            base.run = original_run

    return _track(undo)


def track_session(session) -> None:
    """Remember a session made while a cell is checked (weakly: it dies with the user's
    last reference)."""
    _sessions.add(session)


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
    return instance_of(obj, tf_session.BaseSession)


def session_closed(session) -> bool:
    return instance_of(session, _base_session()) and getattr(session, "_closed", False) is True


def find_sessions_by_gc() -> list:
    """Every live ``BaseSession`` the garbage collector knows (fallback, slow on big heaps)."""
    import gc

    from tensorflow.python.client import session as tf_session

    return [obj for obj in gc.get_objects() if instance_of(obj, tf_session.BaseSession)]


def fetch_kind(item) -> str | None:
    """"op" for a graph ``Operation``, "tensor" for a graph ``Tensor``, else ``None``: what a
    ``session.run`` fetch is, judged on its real type (never ``__class__``), once per object
    (the ledger caches the answer by weak reference)."""
    if not tf_imported():
        return None
    from tensorflow.python.framework import ops, tensor

    if instance_of(item, ops.Operation):
        return "op"
    if instance_of(item, tensor.Tensor):
        return "tensor"
    return None


@functools.lru_cache(maxsize=1)
def _tfmagic_files() -> frozenset:
    import os

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = set()
    for root, _, files in os.walk(package):
        found.update(os.path.join(root, name) for name in files if name.endswith(".py"))
    return frozenset(found)


def install_frame_filter():
    """Keep tfmagic's frames out of what TensorFlow shows while a cell runs: the "in user code"
    stack of a ``tf.function`` error and TensorFlow-filtered tracebacks (``traceback_utils``'
    excluded paths), and the op creation stacks behind "defined at" / "Original stack trace"
    (a ``tf_stack`` filter for this thread). Returns the undo callable."""
    import os

    try:
        from tensorflow.python.util import tf_stack, traceback_utils
    except ImportError as exc:  # pragma: no cover
        raise HookUnavailable(f"frame filter: {exc}") from exc
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
    original_excluded = traceback_utils._EXCLUDED_PATHS  # noqa: SLF001
    excluded = tuple(original_excluded) + (package,)
    traceback_utils._EXCLUDED_PATHS = excluded  # noqa: SLF001
    files = _tfmagic_files()

    class TfmagicFilter(tf_stack.StackTraceFilter):
        def get_filtered_filenames(self):
            return files | self.parent.get_filtered_filenames()

    stack_filter = TfmagicFilter()
    stack_filter.__enter__()

    def undo():
        if traceback_utils._EXCLUDED_PATHS is excluded:  # noqa: SLF001
            traceback_utils._EXCLUDED_PATHS = original_excluded  # noqa: SLF001
        stack = stack_filter._stack_dict[stack_filter._thread_key]  # noqa: SLF001
        if stack and stack[-1] is stack_filter:
            stack_filter.__exit__(None, None, None)
        elif stack_filter in stack:
            stack.remove(stack_filter)

    return _track(undo)


def _base_session():
    from tensorflow.python.client import session as tf_session

    return tf_session.BaseSession


def _plain_instance_dict(value) -> bool:
    """``value``'s type is an ordinary Python class: its instances keep attributes in a plain
    ``__dict__`` and no ``__getattribute__`` / ``__getattr__`` / ``__dict__`` hook of the
    user's runs when that dictionary is read directly."""
    import inspect
    import types

    cls = type(value)
    if issubclass(cls, (type, types.ModuleType, types.FunctionType)) or \
            type(cls) is not type:
        return False
    if inspect.getattr_static(cls, "__getattribute__", None) is not object.__getattribute__:
        return False
    descriptor = inspect.getattr_static(cls, "__dict__", None)
    if type(descriptor).__name__ != "getset_descriptor":
        return False
    try:
        return type(object.__getattribute__(value, "__dict__")) is dict
    except AttributeError:
        return False


def reachable_sessions(user_ns: dict) -> list:
    """Sessions the user can reach: bound to a name in the namespace, held one attribute down
    (``trainer.sess``), or the default session. Others that are still alive are orphans: kept
    only by, say, the traceback of the run that failed before a cell was re-run."""
    try:
        from tensorflow.python.client import session as tf_session
    except ImportError:  # pragma: no cover
        return []

    base = tf_session.BaseSession
    found: dict = {}
    for name, value in list(user_ns.items()):
        if name.startswith("_"):
            continue
        if instance_of(value, base):
            found[id(value)] = value
            continue
        # One attribute down (``trainer.sess``): read through the instance dictionary, and
        # only of objects whose type defines no attribute hooks of its own (the type rule,
        # safe.py): ``vars()`` of a proxy or a mock runs its code.
        if not _plain_instance_dict(value):
            continue
        attributes = list(object.__getattribute__(value, "__dict__").values())
        for attribute in attributes:
            if instance_of(attribute, base):
                found[id(attribute)] = attribute
    default = sys.modules["tensorflow"].compat.v1.get_default_session()
    if default is not None:
        found[id(default)] = default
    return list(found.values())
