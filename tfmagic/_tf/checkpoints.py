"""Checkpoints: restore statuses (recorded while cells run), deferred restorations and the keys
a checkpoint file or an object would hold.
"""

from __future__ import annotations

import functools
import sys
import weakref

from .patches import HookUnavailable, _track

def checkpoint_class():
    """``tf.train.Checkpoint`` (None before TensorFlow is imported)."""
    tf = sys.modules.get("tensorflow")
    return getattr(getattr(tf, "train", None), "Checkpoint", None)


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
    tf = sys.modules["tensorflow"]
    return {name: tuple(shape) for name, shape in tf.train.list_variables(path)}


def object_checkpoint_keys(obj, root_name: str | None) -> dict:
    """{key: shape} that saving ``obj`` would write, read back from an in-memory checkpoint.

    A ``tf.train.Checkpoint`` is written as is; another trackable (a Keras model) is wrapped as
    ``tf.train.Checkpoint(<root_name>=obj)``. Uses ``write`` (not ``save``), so the checkpoint's
    ``save_counter`` is left alone; the ``ram://`` file is deleted afterwards.
    """
    import uuid

    tf = sys.modules["tensorflow"]
    cls = checkpoint_class()
    target = obj if isinstance(obj, cls) else cls(**{root_name or "model": obj})
    prefix = f"ram://tfmagic-{uuid.uuid4().hex}/ckpt"
    written = target.write(prefix)
    try:
        # Not tf.train.list_variables: it takes a ram:// prefix for a directory.
        from tensorflow.python.training import py_checkpoint_reader

        reader = py_checkpoint_reader.NewCheckpointReader(written)
        return {name: tuple(shape)
                for name, shape in reader.get_variable_to_shape_map().items()}
    finally:
        try:
            tf.io.gfile.rmtree(prefix.rsplit("/", 1)[0])
        except Exception:  # noqa: BLE001
            pass
