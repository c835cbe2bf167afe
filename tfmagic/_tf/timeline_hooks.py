"""Hooks that feed the causal timeline (``tfmagic/timeline.py``): private TensorFlow touches.

Each hook wraps one API boundary — ``Saver.__init__/save/restore``, ``BaseSession.__init__`` /
``close``, ``variable_scope.__enter__``, ``VariableScope.reuse_variables``, the TF1
``Optimizer.__init__`` and the default-graph stack's ``reset`` — and calls
``record(what, caller_frame, names=..., session=..., graph=..., detail=...)`` after the wrapped
call. Installed only while a ``%%tfcheck`` cell runs (the ledger undoes them), faults in
recording are swallowed, and nothing here keeps a reference to a TensorFlow object. None of
these is called per training step, so a training loop pays nothing (bench/bench_ledger.py).
"""

from __future__ import annotations

import functools
import sys

from .. import timeline as tl
from .patches import HookUnavailable, _track


def install(record):
    """Install every timeline hook; returns one undo callable. A hook TensorFlow's layout does
    not allow is skipped (the others still record)."""
    undos = []
    for installer in (_saver_hooks, _session_hooks, _scope_hooks, _optimizer_hook,
                      _graph_reset_hook):
        try:
            undos.append(installer(record))
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


def _guarded(after, *args):
    try:
        after(*args)
    except Exception:  # noqa: BLE001 - recording must never break the user's call
        pass


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
                   graph=_default_graph())

    def restored(self, result, error, caller, args, kwargs):
        session = kwargs.get("sess", args[0] if args else None)
        path = kwargs.get("save_path", args[1] if len(args) > 1 else "")
        record(tl.RESTORE, caller, names=_variable_names(getattr(self, "_var_list", None)),
               session=session, detail="failed" if error is not None else "",
               path=str(path or ""), graph=getattr(session, "graph", None))

    def saved(self, result, error, caller, args, kwargs):
        session = kwargs.get("sess", args[0] if args else None)
        record(tl.SAVE, caller, names=_variable_names(getattr(self, "_var_list", None)),
               session=session, detail="failed" if error is not None else "")

    undos = [_wrap(cls, "__init__", created), _wrap(cls, "restore", restored),
             _wrap(cls, "save", saved)]
    return lambda: [u() for u in reversed(undos)]


def _session_hooks(record):
    from tensorflow.python.client import session as tf_session

    cls = tf_session.BaseSession

    def created(self, result, error, caller, args, kwargs):
        if error is None:
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
