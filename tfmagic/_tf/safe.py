"""The type rule: which of the user's objects tfmagic may read.

A notebook's namespace holds more than TensorFlow: database handles, RPC clients, lazy loaders,
``MagicMock``s. Reading an attribute of one of those, truth-testing, iterating or ``len()``-ing
it can run the user's code, send a request or change its state (a mock records the call, an
``xmlrpc.client.ServerProxy`` sends one per method call). So tfmagic reads only:

* objects whose *type* (``type(obj)``, never ``obj.__class__``, which a proxy or a mock can
  fake and whose lookup itself runs code) has a real TensorFlow/Keras class in its MRO: the
  library's own classes and the user's subclasses of them (custom layers, models, modules);
* plain values of exact builtin types (numbers, strings, and ``list`` / ``tuple`` / ``dict``,
  whose items are judged one by one), NumPy arrays and scalars, plain functions;
* TensorFlow/Keras classes themselves (and user subclasses of them).

Everything else is opaque: its identity (``is``) and ``type()`` are all tfmagic looks at.
``isinstance`` is not used on user objects (it falls back to ``obj.__class__``); ``instance_of``
asks ``issubclass(type(obj), ...)`` instead. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import types

TF_MODULE_PREFIXES = ("tensorflow", "keras", "tf_keras")
DATA_MODULE_PREFIXES = ("numpy",)

_PLAIN = frozenset({int, float, complex, bool, str, bytes, type(None), list, tuple, dict, set,
                    frozenset, range, slice, types.FunctionType, types.BuiltinFunctionType,
                    types.MethodType, types.CodeType})

_type_mro = type.__dict__["__mro__"].__get__
_type_module = type.__dict__["__module__"].__get__   # C types (ndarray) included


def _module_of(cls) -> str:
    try:
        module = _type_module(cls)
    except Exception:  # noqa: BLE001
        return ""
    return module if type(module) is str else ""


def _in(module: str, prefixes) -> bool:
    return any(module == p or module.startswith(p + ".") or module.startswith(p + "_")
               for p in prefixes)


_TF_CLASS_CACHE: dict = {}


def is_tf_class(cls) -> bool:
    """``cls`` is a class with a real TensorFlow/Keras class in its MRO."""
    if not issubclass(type(cls), type):
        return False
    try:
        return _TF_CLASS_CACHE[cls]
    except (KeyError, TypeError):
        pass
    found = any(_in(_module_of(base), TF_MODULE_PREFIXES) for base in _type_mro(cls))
    try:
        _TF_CLASS_CACHE[cls] = found
    except TypeError:
        pass
    if len(_TF_CLASS_CACHE) > 4096:
        _TF_CLASS_CACHE.clear()
    return found


def is_tf_object(obj) -> bool:
    """``type(obj)`` is a TensorFlow/Keras class (or a user subclass of one)."""
    return is_tf_class(type(obj))


def readable(obj) -> bool:
    """Whether tfmagic may read ``obj`` (its attributes, length, items): see the module doc."""
    cls = type(obj)
    if cls in _PLAIN:
        return True
    if is_tf_class(cls):
        return True
    if cls is type or issubclass(cls, type):
        return is_tf_class(obj)
    return _in(_module_of(cls), DATA_MODULE_PREFIXES)


def readable_or(obj, default=None):
    """``obj`` when tfmagic may read it, else ``default``."""
    return obj if readable(obj) else default


def instance_of(obj, classes) -> bool:
    """``isinstance`` on the real type: never consults ``obj.__class__``."""
    if not classes:
        return False
    try:
        return issubclass(type(obj), classes)
    except TypeError:
        return False


def static_attribute(obj, name: str, default=None):
    """``obj.name`` read without running any of the object's code (``inspect.getattr_static``:
    the instance dictionary, then the class dictionaries), for an object of any type; a value
    the class computes (a property, a method, any descriptor) or that tfmagic may not read
    gives ``default``. For a TensorFlow/Keras object a plain ``getattr`` is fine."""
    import inspect

    try:
        value = inspect.getattr_static(obj, name)
    except Exception:  # noqa: BLE001 - missing (AttributeError) or an odd object
        return default
    if hasattr(type(value), "__get__") and not is_tf_object(value):
        return default
    return value if readable(value) else default


def readable_items(mapping) -> dict:
    """A copy of a namespace (or frame locals) holding only the values tfmagic may read."""
    try:
        items = list(mapping.items())
    except Exception:  # noqa: BLE001 - a namespace that cannot be listed: nothing to read
        return {}
    return {name: value for name, value in items if readable(value)}


def exception_message(exc) -> str:
    """An exception's text: TensorFlow's ``message`` for its own errors (and any exception
    whose class dictionary defines it), else ``str(exc)`` as IPython's traceback prints it."""
    import inspect

    try:
        message = inspect.getattr_static(exc, "message", None)
    except Exception:  # noqa: BLE001
        message = None
    if type(message) is property and is_tf_object(exc):
        try:
            message = exc.message
        except Exception:  # noqa: BLE001
            message = None
    if type(message) is str and message:
        return message
    return str(exc)
