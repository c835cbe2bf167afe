"""Patch bookkeeping and import watching: every hook returns an *undo* callable that is tracked
here, so ``%unload_ext`` can remove whatever a cell left behind. A hook that cannot be installed
on this TensorFlow raises ``HookUnavailable`` with a short reason, which the report lists under
"unavailable facts" while the cell still runs. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import importlib.util
import re
import sys

SUPPORTED_TF = (2, 16)


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
    """Undo every patch still installed (``%unload_ext`` safety net), newest first: patches
    stack on the same attribute (the session hook and the timeline's both wrap
    ``BaseSession.__init__``), and each undo only restores what it replaced."""
    for undo in reversed(list(_active_undos)):
        undo()


def drop_attribute(objects, name: str) -> None:
    """Take tfmagic's attribute ``name`` off every object of the weak set ``objects`` and
    empty it (``%unload_ext``): nothing of tfmagic's stays on the user's objects."""
    for obj in list(objects):
        try:
            obj.__dict__.pop(name, None)
        except Exception:  # noqa: BLE001 - an object that cannot be cleaned stays as it is
            pass
    objects.clear()


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
