"""Which objects carry TensorFlow/Keras state a silent bug can live in (auto mode's cheap test).

Variables, layers, models, optimizers, ``tf.Module``s and checkpoints are all ``Trackable`` (TF)
or ``KerasSaveable`` (Keras 3); tapes and sessions are neither, so they are named too. Plain
tensors are none of these. Read from the class's MRO by name, so nothing is imported and no
TensorFlow version lacking one of the classes breaks the test.
"""

from __future__ import annotations

STATEFUL_CLASS_NAMES = frozenset({"Trackable", "KerasSaveable", "GradientTape", "BaseSession"})
TF_MODULE_PREFIXES = ("tensorflow", "keras", "tf_keras")

# Read through ``type``'s own descriptors: a user's metaclass cannot intercept them.
_mro = type.__dict__["__mro__"].__get__
_class_dict = type.__dict__["__dict__"].__get__
_name = type.__dict__["__name__"].__get__


def is_stateful(value) -> bool:
    """True for an instance (or a subclass) of a stateful TensorFlow/Keras class."""
    cls = value if issubclass(type(value), type) else type(value)
    return any(_name(base) in STATEFUL_CLASS_NAMES and
               str(_class_dict(base).get("__module__", "")).startswith(TF_MODULE_PREFIXES)
               for base in _mro(cls))
