"""Small questions about TensorFlow objects and the runtime, asked only once TensorFlow is imported.
"""

from __future__ import annotations

import sys

from .safe import instance_of

def default_graph():
    return sys.modules["tensorflow"].compat.v1.get_default_graph()


def executing_eagerly() -> bool:
    return sys.modules["tensorflow"].executing_eagerly()


def is_tensor_not_variable(value) -> bool:
    """A tf.Tensor (eager or symbolic) that is not a variable."""
    tf = sys.modules.get("tensorflow")
    if tf is None:
        return False
    return instance_of(value, tf.Tensor) and not instance_of(value, tf.Variable) and \
        not hasattr(value, "assign")


def physical_devices(kind: str) -> list | None:
    """Physical devices of a kind (does not initialize the runtime); None if unknown."""
    tf = sys.modules.get("tensorflow")
    try:
        return tf.config.list_physical_devices(kind)
    except Exception:  # noqa: BLE001
        return None


def is_variable(value) -> bool:
    tf = sys.modules.get("tensorflow")
    if tf is None:
        return False
    if instance_of(value, tf.Variable):
        return True
    keras = sys.modules.get("keras")
    keras_variable = getattr(keras, "Variable", None) if keras is not None else None
    return keras_variable is not None and instance_of(value, keras_variable)


def tf_module_class():
    tf = sys.modules.get("tensorflow")
    return getattr(tf, "Module", None) if tf is not None else None


def built_before(first, second) -> bool | None:
    """Whether graph op ``first`` was added to its graph before op ``second`` (ops are
    numbered in the order they are made); None when either is not a graph op of one graph."""
    try:
        if first.graph is not second.graph:
            return None
        return first._id < second._id
    except Exception:  # noqa: BLE001 - not graph ops (eager, or another kind of object)
        return None
