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
    depth_state = sites.creation_state

    @functools.wraps(original)
    def __call__(cls, *args, **kwargs):  # noqa: N807 - replaces a dunder
        if cls is unread or getattr(depth_state, "value", 0):
            return original(cls, *args, **kwargs)
        caller = sys._getframe(1)
        if _is_internal_site(caller):
            return original(cls, *args, **kwargs)
        context = sites.creation_context()
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


_sessions: "weakref.WeakSet" = weakref.WeakSet()


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


def find_sessions_by_gc() -> list:
    """Every live ``BaseSession`` the garbage collector knows (fallback, slow on big heaps)."""
    import gc

    from tensorflow.python.client import session as tf_session

    return [obj for obj in gc.get_objects() if isinstance(obj, tf_session.BaseSession)]


def fetched_operations(fetches) -> list:
    """The Operation objects inside a session.run ``fetches`` structure (shallow).

    Runs after every ``session.run`` of a training loop, hence the cached module lookup.
    """
    operation = sites.TFModules.load().ops.Operation
    if isinstance(fetches, operation):
        return [fetches]
    if isinstance(fetches, (list, tuple)):
        return [f for f in fetches if isinstance(f, operation)]
    if isinstance(fetches, dict):
        return [f for f in fetches.values() if isinstance(f, operation)]
    return []
