"""Keras classes and state, for whichever Keras is loaded (Keras 3 and/or legacy tf_keras).
"""

from __future__ import annotations

import sys

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
    return bool(classes) and isinstance(obj, classes)


def keras_layer_build_overridden(layer) -> bool:
    """Whether a layer's class defines its own ``build`` (so it has weights to create)."""
    for base in keras_layer_classes():
        if isinstance(layer, base):
            return getattr(type(layer), "build", None) is not getattr(base, "build", None)
    return False


def layer_is_built(layer) -> bool:
    return bool(getattr(layer, "built", False))


def optimizer_is_built(optimizer):
    """True / False for Keras 3 and tf_keras optimizers; None when it cannot tell."""
    built = getattr(optimizer, "built", None)
    if isinstance(built, bool):
        return built
    return None
