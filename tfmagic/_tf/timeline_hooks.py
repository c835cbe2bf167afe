"""Hooks that feed the causal timeline (``tfmagic/timeline.py``): private TensorFlow touches.

Each hook wraps one API boundary — ``Saver.__init__/save/restore``, ``BaseSession.__init__`` /
``close``, ``variable_scope.__enter__``, ``VariableScope.reuse_variables``, the TF1
``Optimizer.__init__``, the default-graph stack's ``reset``, ``tf.function``'s
``tracing_compilation._create_concrete_function`` (once per trace) and ``GradientTape``'s
``__enter__`` / ``__exit__`` / ``watch`` — and calls
``record(what, caller_frame, names=..., session=..., graph=..., detail=...)``. Installed only
while a ``%%tfcheck`` cell runs (the ledger undoes them), faults in recording are swallowed,
and nothing here keeps a strong reference to a TensorFlow object. Only the tape hooks are on
an eager training step's path (one open and one close per step, about 2 x 3 µs against a
step of milliseconds); bench/bench_ledger.py measures them alone.
"""

from __future__ import annotations

import functools
import inspect
import sys
import weakref

from .. import timeline as tl
from .hooks import track_session
from .patches import HookUnavailable, _track


def install(record, now):
    """Install every timeline hook; returns one undo callable. ``record(what, caller_frame,
    **facts)`` returns the event it added, ``now()`` the newest sequence number. A hook
    TensorFlow's layout does not allow is skipped (the others still record)."""
    undos = []
    for installer in INSTALLERS:
        try:
            undos.append(installer(record, now) if installer is _function_trace_hook
                         else installer(record))
        except Exception:  # noqa: BLE001 - a missing private symbol costs only that hook
            continue
    if not undos:
        raise HookUnavailable("timeline hooks: none could be installed")

    def undo():
        while undos:
            undos.pop()()

    return undo


def _wrap(cls, name, after):
    """Replace ``cls.name`` by a wrapper that calls ``after(self, result, error, caller, args,
    kwargs)`` once the original returned or raised; returns the undo callable."""
    original = cls.__dict__[name]

    @functools.wraps(original)
    def wrapper(self, *args, **kwargs):
        __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
        caller = sys._getframe(1)
        try:
            result = original(self, *args, **kwargs)
        except BaseException as error:
            _guarded(after, self, None, error, caller, args, kwargs)
            raise
        _guarded(after, self, result, None, caller, args, kwargs)
        return result

    setattr(cls, name, wrapper)

    def undo():
        if cls.__dict__.get(name) is wrapper:
            setattr(cls, name, original)

    return _track(undo)


def _guarded(function, *args, **kwargs):
    """``function(...)``'s value, or None when it raises: recording must never break the
    user's call."""
    try:
        return function(*args, **kwargs)
    except Exception:  # noqa: BLE001
        return None


def _variable_names(var_list) -> tuple[str, ...]:
    if var_list is None:
        return ()
    if isinstance(var_list, dict):
        return tuple(str(k) for k in var_list)
    names = []
    for item in var_list:
        op = getattr(item, "op", None)
        names.append(getattr(op, "name", None) or str(getattr(item, "name", item)))
    return tuple(names)


def _saver_hooks(record):
    from tensorflow.python.training import saver as tf_saver

    cls = tf_saver.Saver

    def created(self, result, error, caller, args, kwargs):
        if error is None:
            var_list = kwargs.get("var_list", args[0] if args else None)
            record(tl.SAVER_CREATED, caller, names=_variable_names(var_list),
                   graph=_default_graph(), subject=id(self))

    def restored(self, result, error, caller, args, kwargs):
        session = kwargs.get("sess", args[0] if args else None)
        path = kwargs.get("save_path", args[1] if len(args) > 1 else "")
        record(tl.RESTORE, caller, names=_variable_names(getattr(self, "_var_list", None)),
               session=session, detail="failed" if error is not None else "",
               path=str(path or ""), graph=getattr(session, "graph", None), subject=id(self))

    def saved(self, result, error, caller, args, kwargs):
        session = kwargs.get("sess", args[0] if args else None)
        record(tl.SAVE, caller, names=_variable_names(getattr(self, "_var_list", None)),
               session=session, detail="failed" if error is not None else "",
               path=result if isinstance(result, str) else "", subject=id(self))

    undos = [_wrap(cls, "__init__", created), _wrap(cls, "restore", restored),
             _wrap(cls, "save", saved)]
    return lambda: [u() for u in reversed(undos)]


def _session_hooks(record):
    from tensorflow.python.client import session as tf_session

    cls = tf_session.BaseSession

    def created(self, result, error, caller, args, kwargs):
        if error is None:
            track_session(self)
            record(tl.SESSION_CREATED, caller, session=self, graph=getattr(self, "graph", None))

    def closed(self, result, error, caller, args, kwargs):
        record(tl.SESSION_CLOSED, caller, session=self)

    undos = [_wrap(cls, "__init__", created), _wrap(cls, "close", closed)]
    return lambda: [u() for u in reversed(undos)]


def _scope_hooks(record):
    from tensorflow.python.ops import variable_scope as tf_scope

    def entered(self, result, error, caller, args, kwargs):
        if error is None:
            # The reuse this ``with`` asked for (``_reuse``, the argument), not the one it
            # inherited from an enclosing scope: only a request can be a cause.
            reuse = getattr(self, "_reuse", None)
            record(tl.SCOPE_ENTERED, caller, names=(getattr(result, "name", ""),),
                   detail="reuse" if reuse is True else ("auto_reuse" if reuse else ""))

    def reused(self, result, error, caller, args, kwargs):
        record(tl.REUSE_VARIABLES, caller, names=(getattr(self, "name", ""),))

    undos = [_wrap(tf_scope.variable_scope, "__enter__", entered),
             _wrap(tf_scope.VariableScope, "reuse_variables", reused)]
    return lambda: [u() for u in reversed(undos)]


def _optimizer_hook(record):
    from tensorflow.python.training import optimizer as tf_optimizer

    def created(self, result, error, caller, args, kwargs):
        if error is None:
            record(tl.OPTIMIZER_CREATED, caller, detail=type(self).__name__,
                   graph=_default_graph())

    return _wrap(tf_optimizer.Optimizer, "__init__", created)


def _graph_reset_hook(record):
    from tensorflow.python.framework import ops

    def reset(self, result, error, caller, args, kwargs):
        record(tl.GRAPH_RESET, caller)

    return _wrap(type(ops._default_graph_stack), "reset", reset)


def _default_graph():
    try:
        from tensorflow.python.framework import ops

        return ops.get_default_graph()
    except Exception:  # noqa: BLE001
        return None


def _function_trace_hook(record, now):
    """``tracing_compilation._create_concrete_function``: called once per trace of a
    ``tf.function`` (first call and every retrace, Keras's train functions included) and never
    for a call that reuses a trace, so a compiled training loop pays nothing per step. The
    event is recorded before the trace runs, so the variables the trace creates follow it in
    the timeline, and ``until`` marks where it ended."""
    from tensorflow.python.eager.polymorphic_function import tracing_compilation as tc

    original = tc.__dict__.get("_create_concrete_function")
    if original is None or list(inspect.signature(original).parameters)[:4] != [
            "function_type", "type_context", "func_graph", "tracing_options"]:
        raise HookUnavailable("tf.function traces: tracing_compilation changed")
    allowed = getattr(tc.ScopeType, "VARIABLE_CREATION", None)
    forbidden = getattr(tc.ScopeType, "NO_VARIABLE_CREATION", None)

    def started(options, caller):
        scope = getattr(options, "scope_type", None)
        detail = (tl.TRACE_VARIABLES_ALLOWED if scope is allowed and allowed is not None else
                  tl.TRACE_VARIABLES_FORBIDDEN if scope is forbidden and forbidden is not None
                  else "")
        cache = getattr(options, "function_cache", None)
        return record(tl.FUNCTION_TRACED, caller, with_site=True,
                      names=(str(getattr(options, "name", "")),), detail=detail,
                      subject=id(cache) if cache is not None else None)

    @functools.wraps(original)
    def traced(function_type, type_context, func_graph, tracing_options, *args, **kwargs):
        __tracebackhide__ = True  # noqa: F841
        event = _guarded(started, tracing_options, sys._getframe(1))
        # This frame sits under the traced Python function: the recursion limit grows by one
        # while it does, so the user's code gets the depth it has without tfmagic (a deep
        # recursion inside a tf.function fails at the same point, with the same message).
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(limit + 1)
        try:
            result = original(function_type, type_context, func_graph, tracing_options,
                              *args, **kwargs)
        except BaseException:
            _guarded(_ended, event, True)
            raise
        finally:
            if sys.getrecursionlimit() == limit + 1:  # unless the user's code set its own
                sys.setrecursionlimit(limit)
        _guarded(_ended, event, False)
        return result

    def _ended(event, failed):
        if event is not None:
            event.until = now()
            event.failed = failed

    tc._create_concrete_function = traced

    def undo():
        if tc.__dict__.get("_create_concrete_function") is traced:
            tc._create_concrete_function = original

    return _track(undo)


def function_key(function):
    """The key ``FUNCTION_TRACED.subject`` uses for a ``tf.function`` object (its trace cache),
    or None for anything else."""
    cache = getattr(function, "_function_cache", None)
    return id(cache) if cache is not None else None


def _tape_hooks(record):
    """``GradientTape.__enter__`` / ``__exit__`` / ``watch``: one event each, with the cell
    line and ``id(tape)``; ``watch`` keeps weak references to what it watched. An eager
    training loop opens a tape per step, so this is the one timeline hook on a step's path:
    three small wrappers, measured in bench/bench_ledger.py ("tape hooks" row)."""
    from tensorflow.python.eager import backprop
    from tensorflow.python.util import nest

    cls = backprop.GradientTape
    enter, leave, watch = (cls.__dict__.get(n) for n in ("__enter__", "__exit__", "watch"))
    if enter is None or leave is None or watch is None:
        raise HookUnavailable("GradientTape: __enter__/__exit__/watch not found")

    @functools.wraps(enter)
    def opened(self):
        __tracebackhide__ = True  # noqa: F841
        result = enter(self)
        _guarded(record, tl.TAPE_OPENED, sys._getframe(1), subject=id(self),
                 detail="persistent" if getattr(self, "_persistent", False) else "")
        return result

    @functools.wraps(leave)
    def closed(self, typ, value, traceback):
        __tracebackhide__ = True  # noqa: F841
        _guarded(record, tl.TAPE_CLOSED, sys._getframe(1), subject=id(self))
        return leave(self, typ, value, traceback)

    @functools.wraps(watch)
    def watched(self, tensor):
        __tracebackhide__ = True  # noqa: F841
        result = watch(self, tensor)
        try:
            # What ``GradientTape.watch`` itself watches: every leaf of a nested structure.
            items = nest.flatten(tensor)
            refs, names = [], []
            for item in items:
                try:
                    refs.append(weakref.ref(item))
                except TypeError:
                    continue
                try:
                    names.append(str(item.name))
                except Exception:  # noqa: BLE001 - an eager tensor has no name
                    names.append("")
            record(tl.TAPE_WATCHED, sys._getframe(1), subject=id(self), names=names,
                   refs=refs)
        except Exception:  # noqa: BLE001
            pass
        return result

    replaced = {"__enter__": (enter, opened), "__exit__": (leave, closed),
                "watch": (watch, watched)}
    for name, (_, wrapper) in replaced.items():
        setattr(cls, name, wrapper)

    def undo():
        for name, (original, wrapper) in replaced.items():
            if cls.__dict__.get(name) is wrapper:
                setattr(cls, name, original)

    return _track(undo)


# Every timeline hook, in install order; bench/bench_ledger.py drops the tape hooks from this
# tuple to measure them alone.
INSTALLERS = (_saver_hooks, _session_hooks, _scope_hooks, _optimizer_hook, _graph_reset_hook,
              _function_trace_hook, _tape_hooks)
