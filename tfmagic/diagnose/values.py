"""What a value is, said in a few words — read only from values whose type is known.

A report shows the operands of the failing call ("`tokens` int64 array (64, 10), values
0..999"). Reading a value is only safe when its *type* is one tfmagic knows: a NumPy array or
scalar, a TensorFlow tensor, variable or dataset, a Keras tensor, a Python number or string.
Anything else (a mock, an RPC proxy, a lazy loader, a user class) is described by its type name
alone: never an attribute read, a call, an iteration or a truth test on it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

# Reading values for a range costs time and memory: only small integer arrays get one.
RANGE_LIMIT = 1_000_000
_TF_MODULES = ("tensorflow.", "keras.", "tf_keras.")


@dataclass(frozen=True)
class Facts:
    """The readable facts of a value: kind ("array", "tensor", "variable", "dataset",
    "number", ...), dtype, shape (None: unknown), an integer range, an element spec."""

    kind: str
    dtype: str | None = None
    shape: tuple | None = None
    low: float | None = None
    high: float | None = None
    spec: str | None = None

    def phrase(self) -> str:
        """``int64 array (64, 10), values 0..999``; ``the int 0`` for a Python number."""
        if self.kind == "number" and self.low is not None and self.low == self.high:
            return f"the {self.dtype} {_num(self.low)}"
        parts = [p for p in (self.dtype, self.kind) if p]
        text = " ".join(parts)
        if self.shape is not None:
            text += " " + shape_text(self.shape)
        if self.low is not None and self.high is not None:
            text += f", values {_num(self.low)}..{_num(self.high)}"
        if self.spec:
            text += f" of {self.spec}"
        return text


def _num(x) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.4g}"


def shape_text(shape) -> str:
    return "(" + ", ".join("None" if d is None else str(d) for d in shape) + \
        ("," if len(shape) == 1 else "") + ")"


def tf_class_named(cls, *names: str) -> bool:
    """Whether a TensorFlow/Keras class named one of ``names`` is in ``cls``'s MRO."""
    return any(base.__name__ in names and (base.__module__ or "").startswith(_TF_MODULES)
               for base in cls.__mro__)


def facts(value) -> Facts | None:
    """The facts of a value of a known type, else None (nothing of it is read)."""
    cls = type(value)
    if cls in (bool, int, float, complex):
        return Facts("number", cls.__name__, None, value, value) if cls is not complex \
            else Facts("number", "complex")
    if cls is str:
        return Facts("string")
    numpy = sys.modules.get("numpy")
    if numpy is not None and cls.__module__ == "numpy":
        if isinstance(value, numpy.ndarray):
            low = high = None
            if value.dtype.kind in "iub" and 0 < value.size <= RANGE_LIMIT:
                low, high = value.min(), value.max()
            return Facts("array", str(value.dtype), tuple(int(d) for d in value.shape),
                         None if low is None else float(low),
                         None if high is None else float(high))
        if isinstance(value, numpy.generic):
            return Facts("number", str(value.dtype))
        return None
    if not (cls.__module__ or "").startswith(_TF_MODULES):
        return None
    try:
        return _tf_facts(value, cls)
    except Exception:  # noqa: BLE001 - a TF object that cannot say: no facts
        return None


def _static_shape(shape) -> tuple | None:
    dims = getattr(shape, "dims", None)
    if dims is None:
        return None   # unknown rank
    return tuple(None if d is None else int(d) for d in shape.as_list())


def _dtype_name(dtype) -> str | None:
    name = getattr(dtype, "name", None)
    return name if isinstance(name, str) else (str(dtype) if dtype is not None else None)


def _tf_facts(value, cls) -> Facts | None:
    if tf_class_named(cls, "DatasetV2"):
        return Facts("dataset", spec=_spec_text(value.element_spec))
    if tf_class_named(cls, "BaseResourceVariable", "RefVariable", "Variable"):
        return Facts("variable", _dtype_name(value.dtype), _static_shape(value.shape))
    if tf_class_named(cls, "KerasTensor"):
        return Facts("symbolic tensor", _dtype_name(value.dtype),
                     tuple(value.shape) if value.shape is not None else None)
    if tf_class_named(cls, "SymbolicTensor", "Tensor"):
        if tf_class_named(cls, "EagerTensor", "_EagerTensorBase"):
            shape = _static_shape(value.shape)
            low = high = None
            dtype = _dtype_name(value.dtype)
            if dtype and dtype.startswith(("int", "uint", "bool")) and shape is not None \
                    and 0 < _size(shape) <= RANGE_LIMIT:
                array = value.numpy()
                low, high = float(array.min()), float(array.max())
            return Facts("tensor", dtype, shape, low, high)
        return Facts("symbolic tensor", _dtype_name(value.dtype), _static_shape(value.shape))
    if tf_class_named(cls, "SparseTensor"):
        return Facts("sparse tensor", _dtype_name(value.dtype), _static_shape(value.shape))
    if tf_class_named(cls, "RaggedTensor"):
        return Facts("ragged tensor", _dtype_name(value.dtype), _static_shape(value.shape))
    return None


def _size(shape) -> int:
    size = 1
    for d in shape:
        size *= d
    return size


def _spec_text(spec) -> str:
    """A dataset's element spec, shortly: ``(float32 (None, 28, 3), int64 (None,))``."""
    if isinstance(spec, (tuple, list)):
        return "(" + ", ".join(_spec_text(s) for s in spec) + ")"
    if isinstance(spec, dict):
        return "{" + ", ".join(f"{k}: {_spec_text(v)}" for k, v in spec.items()) + "}"
    shape = _static_shape(getattr(spec, "shape", None))
    dtype = _dtype_name(getattr(spec, "dtype", None))
    return f"{dtype} {shape_text(shape) if shape is not None else '(unknown shape)'}"


def describe(value) -> str:
    """The phrase for any value: its facts, else only its type's name."""
    if value is None:
        return "None"
    found = facts(value)
    if found is not None:
        return found.phrase()
    return f"a {type(value).__name__}"
