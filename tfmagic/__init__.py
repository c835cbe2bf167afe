"""tfmagic: TensorFlow failures in notebooks that explain themselves.

``%load_ext tfmagic`` registers ``%tfcheck`` (``on`` / ``off`` / post-mortem), ``%%tfcheck`` and
``%tfgraph``. Importing this package does not
import TensorFlow (so ``TF_USE_LEGACY_KERAS`` and logical devices can still be set afterwards).
"""

from __future__ import annotations

import functools
import sys

from .report import Finding, GraphReport, Report, VariableRecord

__all__ = [
    "Finding",
    "GraphReport",
    "Report",
    "VariableRecord",
    "last_graph_report",
    "last_report",
    "load_ipython_extension",
    "unload_ipython_extension",
]
__version__ = "0.1.0"

_loaded: dict = {}


def load_ipython_extension(ipython) -> None:
    """Register the magics and the ``TFMagics`` config section on ``ipython``."""
    from .cells import CellRegistry, keep_cell_code
    from .state import ExtensionState
    from .magics import TFMagics, show_notes_on_old_ipython

    if id(ipython) in _loaded:
        return
    state = ExtensionState(registry=CellRegistry(ipython))
    magics = TFMagics(ipython, state)
    ipython.register_magics(magics)
    if CellRegistry.needs_cell_hook(ipython):
        ipython.events.register("pre_run_cell", state.registry.remember_cell)
    state.show_notes_undo = show_notes_on_old_ipython()
    state.kept_code = []
    state.keep_code_undo = keep_cell_code(ipython, state.kept_code)
    state.note_outcome = functools.partial(_note_outcome, state)
    ipython.events.register("post_run_cell", state.note_outcome)
    if magics not in ipython.configurables:
        ipython.configurables.append(magics)
    _loaded[id(ipython)] = (ipython, magics, state)
    global _state
    _state = state


def unload_ipython_extension(ipython) -> None:
    """Unregister everything ``load_ipython_extension`` added and undo any patch left behind."""
    from ._tf import patches

    entry = _loaded.pop(id(ipython), None)
    if entry is None:
        return
    _, magics, state = entry
    try:
        # The session's setting outlives the extension object, as any %config value does:
        # %reload_ext tfmagic (unload, then load) keeps auto mode as it was.
        ipython.config.TFMagics.auto = bool(magics.auto)
    except Exception:  # noqa: BLE001 - a config that refuses it costs only the setting
        pass
    magics.remove_hooks()
    manager = ipython.magics_manager
    for kind, names in magics.magics.items():
        for name in names:
            if manager.magics[kind].get(name) is not None and \
                    getattr(manager.magics[kind][name], "__self__", None) is magics:
                del manager.magics[kind][name]
    manager.registry.pop(type(magics).__name__, None)
    if magics in ipython.configurables:
        ipython.configurables.remove(magics)
    if state.registry.remember_cell in ipython.events.callbacks.get("pre_run_cell", []):
        ipython.events.unregister("pre_run_cell", state.registry.remember_cell)
    note = state.__dict__.get("note_outcome")
    if note is not None and note in ipython.events.callbacks.get("post_run_cell", []):
        ipython.events.unregister("post_run_cell", note)
    patches.restore_all_patches()
    for undo in (state.__dict__.get("show_notes_undo"), state.__dict__.get("keep_code_undo")):
        if undo is not None:
            undo()
    restores = sys.modules.get(f"{__name__}._tf.checkpoints")
    if restores is not None:
        restores.forget_restores()
    probe = sys.modules.get(f"{__name__}._tf.probe")
    if probe is not None:
        probe.forget_session_checks()
    global _state
    if _state is state:  # last_report() must not answer from an unloaded extension
        _state = _loaded[next(reversed(_loaded))][2] if _loaded else None


_state = None


def _note_outcome(state, result) -> None:
    try:
        from .postmortem import note_cell_outcome

        note_cell_outcome(state, result)
    except Exception:  # noqa: BLE001 - bookkeeping must never disturb a cell
        pass


def last_report() -> Report | None:
    """The report of the most recent ``%%tfcheck`` cell, or None."""
    if _state is None or not _state.reports:
        return None
    return _state.reports[-1]


def last_graph_report() -> GraphReport | None:
    """The report of the most recent ``%tfgraph``, or None."""
    if _state is None or not _state.graph_reports:
        return None
    return _state.graph_reports[-1]
