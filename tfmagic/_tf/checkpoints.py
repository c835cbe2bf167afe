"""Checkpoints: restore statuses (recorded while cells run), deferred restorations and the keys
a checkpoint file or an object would hold.
"""

from __future__ import annotations

import functools
import sys
import weakref

from .patches import HookUnavailable, _track, drop_attribute

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
        return None if only_save_counter_unbound(message) else message
    except Exception as exc:  # noqa: BLE001 - e.g. graph-mode statuses need a session
        return None if "session" in str(exc).lower() else str(exc)
    return None


def restore_root(status):
    """The object a ``Checkpoint.restore`` status restores into (``_root``), or None."""
    return getattr(status, "_root", None)


def restore_path(status) -> str:
    """The checkpoint path a restore status read (``_checkpoint.save_path_string``), or ""."""
    coordinator = getattr(status, "_checkpoint", None)
    path = getattr(coordinator, "save_path_string", None)
    return path if isinstance(path, str) else ""


def restore_expects_partial(status) -> bool:
    """Whether ``status.expect_partial()`` declared the partial restore intentional."""
    coordinator = getattr(status, "_checkpoint", None)
    return bool(getattr(coordinator, "expect_partial", False))


def child_names(trackable) -> list[str]:
    """Names of a trackable's direct children (a Checkpoint's keyword arguments)."""
    try:
        return sorted(trackable._trackable_children())  # noqa: SLF001
    except Exception:  # noqa: BLE001
        return []


def only_save_counter_unbound(message: str) -> bool:
    """Whether an ``assert_consumed`` / ``assert_existing_objects_matched`` failure is only the
    checkpoint's own ``save_counter``: ``Checkpoint.write()`` (unlike ``save()``) stores none,
    so restoring such a file always leaves that one object unbound, and nothing went wrong."""
    return "not bound to checkpointed values" in message and "1 of 1 unmatched" in message \
        and "save_counter" in message


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


# The checkpoints whose restores were seen; each keeps its last (weak reference to the status,
# path) in its own ``__dict__``. Not a WeakKeyDictionary of statuses: a status references its
# checkpoint, so the table's value would keep its own weak key (and the model behind it) alive
# for good. The status itself only weakly: a status the user drops must die when it would
# without tfmagic — TensorFlow logs its "deleted with unrestored values" warning then, and a
# status kept until the interpreter exits logs it into closed streams ("--- Logging error ---").
_restored: "weakref.WeakSet" = weakref.WeakSet()
_STATUS_ATTR = "_tfmagic_last_restore"


def install_restore_hook():
    """Remember the status of every ``tf.train.Checkpoint.restore`` / ``read`` (one per
    checkpoint object, weakly), so ``%tfgraph`` can report restores whose values were not all
    consumed while the user holds the status. Returns the undo callable."""
    cls = checkpoint_class()
    if cls is None:
        raise HookUnavailable("checkpoint restore hook: tf.train.Checkpoint not found")
    originals = {name: cls.__dict__[name] for name in ("restore", "read") if name in cls.__dict__}
    wrappers = {}
    for name, original in originals.items():
        def make(original=original):
            @functools.wraps(original)
            def wrapper(self, *args, **kwargs):
                __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
                status = original(self, *args, **kwargs)
                try:
                    # object.__setattr__: Checkpoint's own __setattr__ would track the value.
                    object.__setattr__(self, _STATUS_ATTR,
                                       (weakref.ref(status), str(args[0]) if args else ""))
                    _restored.add(self)
                except Exception:  # noqa: BLE001 - a recording fault must never break user code
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


def forget_restores() -> None:
    """Drop every recorded restore and the attribute that held it (``%unload_ext``): nothing
    of tfmagic's stays on the user's checkpoints."""
    drop_attribute(_restored, _STATUS_ATTR)


def recorded_restores() -> list:
    """(checkpoint object, status, path) for restores seen by ``install_restore_hook`` whose
    status is still alive."""
    found = []
    for ckpt in list(_restored):
        recorded = ckpt.__dict__.get(_STATUS_ATTR)
        status = recorded[0]() if recorded is not None else None
        if status is not None:
            found.append((ckpt, status, recorded[1]))
    return found


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
