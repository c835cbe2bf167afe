"""other: a custom Keras layer (or model) whose config does not round-trip.

Keras saves a layer as ``layer.get_config()`` and rebuilds it on load as ``cls(**config)``. A
user class breaks that contract in one of three ways, each named by Keras's or Python's own
message, and each with one place to fix in the class the user wrote:

* its ``__init__`` requires an argument its ``get_config`` does not return — load fails with
  "``X.__init__() missing 1 required positional argument: 'units'``": the fix is the statement
  of ``get_config`` that fills the config (or, without a ``get_config`` of its own, ``__init__``);
* its ``__init__`` takes no ``**kwargs``, so the keys Keras saves for every layer (``name``,
  ``trainable``, ``dtype``) cannot be passed back — "``got an unexpected keyword argument
  'name'``": the fix is ``__init__``'s signature;
* its ``__init__`` took a value Keras cannot serialize and the class has no ``get_config`` —
  save fails with "Object X was created by passing non-serializable argument values": the fix
  is ``__init__`` (or a ``get_config`` next to it).

The chain: the message names the class; the live class (a subclass of a Keras class, read
through its ``__dict__`` only) gives the code objects of its ``__init__`` and ``get_config``,
whose file lines are the cell lines that defined the class that ran (a re-run cell included);
the cell's syntax tree gives the statements. A missing link leaves the cause at the raise line.
"""

from __future__ import annotations

import ast
import re
import types

from ...report import Finding
from ..._tf import safe
from .. import phrases, provenance
from ..common import in_cell_label

KIND = "other"

REBUILT_CLASS = re.compile(r"Error when deserializing class '(\w+)'")
MISSING_ARGUMENT = re.compile(r"__init__\(\) missing \d+ required (?:positional |keyword-only )?"
                              r"arguments?: ((?:'\w+'(?:, | and |, and )?)+)")
UNEXPECTED_KEYWORD = re.compile(r"__init__\(\) got an unexpected keyword argument '(\w+)'")
NOT_SERIALIZABLE = re.compile(r"Object (\w+) was created by passing\s+non-serializable argument "
                              r"values in `__init__\(\)`")
MESSAGES = (r"Error when deserializing class '\w+'[\s\S]*__init__\(\) (?:missing|got an "
            r"unexpected keyword)", NOT_SERIALIZABLE.pattern)

# Keys every Keras layer's base get_config writes, which __init__ must pass on to the base.
_BASE_KEYS = frozenset({"name", "trainable", "dtype"})


def config_does_not_round_trip(evidence) -> Finding | None:
    """A custom class Keras cannot save or rebuild from its config: the statement of the
    class to change (see the module docstring).

    ``TypeError: ... Error when deserializing class 'Block' using config={'name': 'block', ...}.
    Exception encountered: Block.__init__() missing 1 required positional argument: 'units'``
    """
    message = evidence.message
    rebuilt = REBUILT_CLASS.findall(message)
    unsaved = NOT_SERIALIZABLE.search(message)
    class_name = rebuilt[-1] if rebuilt else (unsaved.group(1) if unsaved else "")
    cls = _user_class(evidence, class_name)
    if cls is None:
        return None
    init = _method(evidence, cls, "__init__")
    if init is None:
        return None
    get_config = _method(evidence, cls, "get_config")
    missing = MISSING_ARGUMENT.search(message) if rebuilt else None
    unexpected = UNEXPECTED_KEYWORD.search(message) if rebuilt else None
    init_at = phrases.line_ref(init.line, init.cell, evidence)
    code = phrases.code
    if missing is not None:
        names = re.findall(r"'(\w+)'", missing.group(1))
        if not names or not all(name in _parameters(init.node) for name in names):
            return None
        quoted = phrases.quote(names)
        if get_config is not None:
            line = _config_filled(get_config)
            target_cell, where_text = get_config.cell, (
                f"{code(class_name + '.get_config')} returns a config without {quoted}")
        else:
            line, target_cell = init.line, init.cell
            where_text = (f"{code(class_name)} has no {code('get_config')} of its own, so its "
                          f"config holds only the base layer's keys")
        summary = (f"Keras rebuilt {code(class_name)} from its saved config as "
                   f"{code(class_name + '(**config)')}, and the config has no {quoted}: "
                   f"{where_text} ({phrases.line_ref(line, target_cell, evidence)}), while "
                   f"{code(class_name + '.__init__')} ({init_at}) requires "
                   f"{'it' if len(names) == 1 else 'them'}.")
        fix = ("Return every argument `__init__` needs from `get_config`: `config = "
               "super().get_config(); config.update({" +
               ", ".join(f'"{n}": self.{n}' for n in names) + "}); return config`.")
        links = [provenance.fact(evidence, None, evidence.raise_line,
                                 f"Keras rebuilt {class_name}(**config) without {quoted}"),
                 provenance.fact(evidence, in_cell_label(evidence, init.cell), init.line,
                                 f"{class_name}.__init__ requires {quoted}")]
        if line != init.line or target_cell != init.cell:
            links.append(provenance.fact(evidence, in_cell_label(evidence, target_cell), line,
                                         where_text.replace("`", "")))
        culprits = [class_name, "get_config", *names]
    elif unexpected is not None:
        keyword = unexpected.group(1)
        if keyword not in _BASE_KEYS or _takes_any_keyword(init.node) or \
                keyword in _parameters(init.node):
            return None
        line, target_cell = init.line, init.cell
        summary = (f"Keras rebuilt {code(class_name)} from its saved config, which holds the "
                   f"keys every layer saves ({code(keyword)} among them), but "
                   f"{code(class_name + '.__init__')} ({init_at}) takes no {code('**kwargs')}, "
                   "so they cannot be passed back to it.")
        fix = ("Accept and pass on the base layer's arguments: `def __init__(self, ..., "
               "**kwargs): super().__init__(**kwargs)`.")
        links = [provenance.fact(evidence, None, evidence.raise_line,
                                 f"Keras rebuilt {class_name}(**config) with '{keyword}'"),
                 provenance.fact(evidence, in_cell_label(evidence, init.cell), init.line,
                                 f"{class_name}.__init__ takes no **kwargs")]
        culprits = [class_name, "__init__", "kwargs", keyword]
    elif unsaved is not None and get_config is None:
        line, target_cell = init.line, init.cell
        summary = (f"Keras saves {code(class_name)} through its config, but it was created with "
                   f"argument values Keras cannot serialize, and the class has no "
                   f"{code('get_config')} of its own to say how to save them: "
                   f"{code(class_name + '.__init__')} ({init_at}) takes them.")
        fix = ("Give the class a `get_config` that returns plain values (numbers, strings, "
               "lists) from which `__init__` can rebuild it, or make `__init__` take such values "
               "and build the array or sub-model inside.")
        links = [provenance.fact(evidence, None, evidence.raise_line,
                                 f"saving {class_name} needs its config"),
                 provenance.fact(evidence, in_cell_label(evidence, init.cell), init.line,
                                 f"{class_name}.__init__ takes the values; the class defines no "
                                 "get_config")]
        culprits = [class_name, "get_config", "__init__"]
    else:
        return None
    return Finding(
        kind=KIND, severity="error", line=line, raise_line=evidence.raise_line,
        cell=in_cell_label(evidence, target_cell), culprits=culprits, summary=summary,
        fix=fix, rule="layer_config", evidence=links)


class _Method:
    """A method of the user's class: the cell and body line of its ``def``, and its node."""

    def __init__(self, cell, line, node):
        self.cell, self.line, self.node = cell, line, node


def _user_class(evidence, name: str):
    """The class named ``name`` in the namespace when it is a user subclass of a Keras class
    (its own ``__dict__`` holds the methods it defines)."""
    if not name:
        return None
    cls = evidence.value(name)
    if cls is None or not safe.is_tf_class(cls):
        return None
    return cls


def _method(evidence, cls, name: str) -> _Method | None:
    """``cls``'s own method ``name`` (not inherited), located by its code object in a cell."""
    function = _own_attribute(cls, name)
    if type(function) is not types.FunctionType:
        return None
    code = function.__code__
    located = evidence.registry.body_line(code.co_filename, code.co_firstlineno)
    if located is None:
        return None
    label, line = located
    tree = evidence.tree_of(code.co_filename)
    node = _def_at(tree, name, code.co_firstlineno) if tree is not None else None
    if node is None:
        return None
    return _Method(label, evidence.registry.body_line(code.co_filename, node.lineno)[1], node)


def _own_attribute(cls, name: str):
    try:
        return type.__dict__["__dict__"].__get__(cls).get(name)
    except Exception:  # noqa: BLE001
        return None


def _def_at(tree, name: str, first_line: int):
    """The ``def name`` whose code starts at ``first_line`` (its first decorator, if any)."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            if start == first_line:
                return node
    return None


def _parameters(node) -> set[str]:
    args = node.args
    return {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}


def _takes_any_keyword(node) -> bool:
    return node.args.kwarg is not None


def _config_filled(method: _Method) -> int:
    """The statement of ``get_config`` that fills the dict it returns — where a missing key
    goes: the last ``config.update(...)`` or item assignment on the returned name, else the
    statement that made that name, else a returned dict literal; the ``def`` line when none."""
    node = method.node
    offset = node.lineno - method.line
    returns = [n for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
    if len(returns) != 1:
        return method.line
    value = returns[0].value
    if isinstance(value, (ast.Dict, ast.Call)) or not isinstance(value, ast.Name):
        return returns[0].lineno - offset
    name = value.id
    filled = None
    for stmt in ast.walk(node):
        if not isinstance(stmt, ast.stmt) or stmt.lineno > returns[0].lineno:
            continue
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and \
                isinstance(stmt.value.func, ast.Attribute) and \
                isinstance(stmt.value.func.value, ast.Name) and stmt.value.func.value.id == name:
            candidate = stmt
        elif isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and any(
                isinstance(t, ast.Name) and t.id == name or
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and
                t.value.id == name
                for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])):
            candidate = stmt
        else:
            continue
        if filled is None or candidate.lineno >= filled.lineno:
            filled = candidate
    return method.line if filled is None else filled.lineno - offset
