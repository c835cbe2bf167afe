"""Evidence from live objects in the user namespace: Keras layers, their attributes, gradients.

Walks only what the user can reach by name (and the layers inside those objects), a few levels
deep, so a success check costs microseconds for ordinary notebooks.
"""

from __future__ import annotations

from .._tf import keras, runtime
from .._tf.safe import instance_of

MAX_DEPTH = 4


def _is_layer(obj, layer_classes) -> bool:
    return instance_of(obj, layer_classes)


def is_layer(obj) -> bool:
    """Whether ``obj``'s real type is a Keras layer (Keras 3 or tf_keras), by its type only."""
    return _is_layer(obj, keras.keras_layer_classes())


def user_layers(user_ns) -> list[tuple[str, object]]:
    """(path such as ``model.layers[1]``, layer) for every Keras layer reachable by name."""
    layer_classes = keras.keras_layer_classes()
    module_class = runtime.tf_module_class()
    if not layer_classes and module_class is None:
        return []
    found, seen = [], set()

    def visit(parent, obj, depth):
        # Only TensorFlow/Keras objects are read (the type rule, _tf/safe.py): a child of
        # any other type is skipped before anything of it is looked at.
        if id(obj) in seen or depth > MAX_DEPTH:
            return
        is_layer = _is_layer(obj, layer_classes)
        is_module = module_class is not None and instance_of(obj, module_class)
        if not (is_layer or is_module):
            return
        seen.add(id(obj))
        path = parent if depth == 0 else f"{parent}/{getattr(obj, 'name', '?')}"
        if is_layer:
            found.append((path, obj))
        children = []
        try:
            layers = getattr(obj, "layers", None)
            if type(layers) in (list, tuple):
                children.extend(layers)
        except Exception:  # noqa: BLE001 - some models raise before being built
            pass
        try:
            for key, value in vars(obj).items():
                if not key.startswith("__"):
                    if type(value) in (list, tuple):
                        children.extend(value)
                    else:
                        children.append(value)
        except TypeError:
            pass
        for child in children:
            visit(path, child, depth + 1)

    for name, value in list(user_ns.items()):
        if name.startswith("_"):
            continue
        visit(name, value, 0)
    return found
