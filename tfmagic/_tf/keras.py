"""Keras classes and state, for whichever Keras is loaded (Keras 3 and/or legacy tf_keras).
"""

from __future__ import annotations

import sys

from .safe import instance_of

def keras_layer_classes() -> tuple:
    """Layer base classes of whichever Keras is loaded (Keras 3 and/or tf_keras)."""
    return _loaded_classes("layers", "Layer")


def keras_optimizer_classes() -> tuple:
    return _loaded_classes("optimizers", "Optimizer")


def _loaded_classes(submodule: str, name: str) -> tuple:
    classes = []
    for module_name in ("keras", "tf_keras"):
        module = sys.modules.get(module_name)
        if module is None:
            continue
        try:
            classes.append(getattr(getattr(module, submodule), name))
        except Exception:  # noqa: BLE001
            pass
    return tuple(classes)


def is_keras_model(obj) -> bool:
    classes = _loaded_classes("models", "Model")
    return instance_of(obj, classes)


def keras_layer_build_overridden(layer) -> bool:
    """Whether a layer's class defines its own ``build`` (so it has weights to create)."""
    for base in keras_layer_classes():
        if instance_of(layer, base):
            return getattr(type(layer), "build", None) is not getattr(base, "build", None)
    return False


def layer_is_built(layer) -> bool:
    if not instance_of(layer, keras_layer_classes()):
        return False
    return getattr(layer, "built", False) is True


def optimizer_is_built(optimizer):
    """True / False for Keras 3 and tf_keras optimizers; None when it cannot tell."""
    if not instance_of(optimizer, keras_optimizer_classes()):
        return None
    built = getattr(optimizer, "built", None)
    if type(built) is bool:
        return built
    return None
