"""Questions the rules ask of a cell's syntax tree.

Line numbers here are *file* lines of the cached cell source (the tree the evidence parsed);
``Evidence.body_line_of`` converts them to the 1-based body lines a Finding reports.
"""

from __future__ import annotations

import ast
import weakref
from typing import Callable, Iterator

# Per-tree indexes (see ``statements`` and ``module_level_nodes``), dropped with the tree.
_STATEMENTS: "weakref.WeakKeyDictionary[ast.AST, tuple]" = weakref.WeakKeyDictionary()
_MODULE_LEVEL: "weakref.WeakKeyDictionary[ast.AST, tuple]" = weakref.WeakKeyDictionary()
_MODULE_LEVEL_STATEMENTS: "weakref.WeakKeyDictionary[ast.AST, frozenset]" = \
    weakref.WeakKeyDictionary()


def call_name(node: ast.AST) -> str:
    """Dotted name of what a Call calls: ``tf.compat.v1.Session`` -> 'tf.compat.v1.Session'."""
    func = node.func if isinstance(node, ast.Call) else node
    parts = []
    while isinstance(func, ast.Attribute):
        parts.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name):
        parts.append(func.id)
    elif isinstance(func, ast.Call):
        parts.append(call_name(func) + "()")
    return ".".join(reversed(parts))


def last_part(node: ast.AST) -> str:
    return call_name(node).rsplit(".", 1)[-1]


def statements(tree: ast.AST) -> tuple[ast.stmt, ...]:
    """Every statement of ``tree``, in ``ast.walk``'s order, computed once per tree.

    Why: expressions hold no statements, so skipping them gives ``ast.walk``'s statements in
    its own order at a fraction of the cost — a 5,000-line cell has ~50,000 nodes but ~5,000
    statements (~5 ms instead of ~80 ms per walk on the shared 2-core machine).
    """
    found = _STATEMENTS.get(tree)
    if found is None:
        found = _STATEMENTS[tree] = tuple(_walk_statements(tree))
    return found


def _walk_statements(tree: ast.AST) -> Iterator[ast.stmt]:
    from collections import deque

    pending = deque([tree])
    while pending:
        node = pending.popleft()
        if isinstance(node, ast.stmt):
            yield node
        for name in node._fields:  # the fields that hold blocks, in ``_fields`` order
            if name in _BLOCK_FIELDS:
                pending.extend(getattr(node, name, None) or ())


# Fields whose lists hold statements, except handlers (ExceptHandler) and cases (match_case)
# that hold them one level down; no other field of any node holds a statement.
_BLOCK_FIELDS = frozenset({"body", "orelse", "finalbody", "handlers", "cases"})


def module_level_statements(tree: ast.AST) -> frozenset[int]:
    """Ids of the statements among ``module_level_nodes(tree)``, found by walking statements
    only (a statement inside a function or class body never runs at cell level)."""
    found = _MODULE_LEVEL_STATEMENTS.get(tree)
    if found is None:
        ids, pending = set(), [tree]
        while pending:
            node = pending.pop()
            ids.add(id(node))
            pending.extend(child for child in ast.iter_child_nodes(node)
                           if isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case))
                           and not isinstance(child, _DEFINITIONS))
        found = _MODULE_LEVEL_STATEMENTS[tree] = frozenset(ids)
    return found


_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def module_level_nodes(tree: ast.AST) -> tuple[ast.AST, ...]:
    """Nodes that run at cell level (inside loops, ``with`` and ``if`` too), not inside a
    function or class body, in source order: their names are the ones left in the user
    namespace, and the first use is the one to point at.

    Computed once per tree: every node of the cell is visited and sorted (~150 ms for a
    5,000-line cell on the shared 2-core machine), and several rules ask. Rules gate the call
    on something cheaper first (``Evidence.mentions``, a namespace check).
    """
    found = _MODULE_LEVEL.get(tree)
    if found is None:
        found = _MODULE_LEVEL[tree] = tuple(_module_level_nodes(tree))
    return found


def _module_level_nodes(tree: ast.AST) -> list[ast.AST]:
    found = []
    stack = [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, _DEFINITIONS):
                stack.append(child)
    return sorted(found, key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0)))


def calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def keyword(node: ast.Call, name: str):
    for kw in node.keywords:
        if kw.arg == name:
            return kw.value
    return None


def constant(node) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def enclosing_withs(tree: ast.AST, lineno: int) -> list[ast.With]:
    """``with`` statements whose body spans ``lineno``, outermost first."""
    found = []
    for node in statements(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.body:
            end = getattr(node, "end_lineno", None) or node.body[-1].lineno
            if node.lineno <= lineno <= end:
                found.append(node)
    found.sort(key=lambda n: n.lineno)
    return found


def all_withs(tree: ast.AST) -> list[ast.With]:
    return sorted((n for n in statements(tree) if isinstance(n, (ast.With, ast.AsyncWith))),
                  key=lambda n: n.lineno)


def with_calls(node: ast.With, predicate: Callable[[ast.Call], bool]) -> list[ast.Call]:
    return [item.context_expr for item in node.items
            if isinstance(item.context_expr, ast.Call) and predicate(item.context_expr)]


def assigned_names(stmt) -> list[str]:
    """Plain names bound by an assignment statement (``a, b = ...`` -> ['a', 'b'])."""
    targets = []
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign)):
        targets = [stmt.target]
    elif isinstance(stmt, (ast.With,)):
        targets = [item.optional_vars for item in stmt.items if item.optional_vars is not None]
    names = []
    for target in targets:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                names.append(node.id)
    return names


def assignments_to(tree: ast.AST, name: str) -> list[ast.stmt]:
    """Statements that bind ``name`` (assignments, ``with ... as name``, for-targets)."""
    found = []
    for node in statements(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.With)):
            if name in assigned_names(node):
                found.append(node)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            if any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.target)):
                found.append(node)
    return sorted(found, key=lambda n: n.lineno)


def last_assignment_before(tree: ast.AST, name: str, lineno: int):
    candidates = [n for n in assignments_to(tree, name) if n.lineno <= lineno]
    return candidates[-1] if candidates else None


def string_keywords(tree: ast.AST, keyword_name: str = "name") -> Iterator[tuple[str, ast.Call]]:
    for node in calls(tree):
        value = constant(keyword(node, keyword_name))
        if isinstance(value, str):
            yield value, node


def function_defs(tree: ast.AST) -> Iterator[ast.FunctionDef]:
    for node in statements(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def class_defs(tree: ast.AST) -> Iterator[ast.ClassDef]:
    for node in statements(tree):
        if isinstance(node, ast.ClassDef):
            yield node


def self_attribute_assignments(func: ast.FunctionDef) -> Iterator[tuple[str, ast.stmt, ast.AST]]:
    """(attribute, statement, value) for every ``self.attr = value`` in a method."""
    for node in ast.walk(func):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                        and target.value.id == "self":
                    yield target.attr, node, node.value


def name_loads(node: ast.AST, name: str) -> Iterator[ast.Name]:
    """Every place under ``node`` that reads the plain name ``name`` (not a store or del)."""
    return (n for n in name_loads_in(node) if n.id == name)


def name_loads_in(node: ast.AST) -> Iterator[ast.Name]:
    """Every plain name read under ``node``, in walk order."""
    return (n for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))


def reads(node: ast.AST, name: str) -> bool:
    """Whether anything under ``node`` reads the plain name ``name``."""
    return next(name_loads(node, name), None) is not None


def contains(node: ast.AST, lineno: int) -> bool:
    end = getattr(node, "end_lineno", None) or node.lineno
    return node.lineno <= lineno <= end


def mentions_attribute(node: ast.AST, base: str, attr: str) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and sub.attr == attr and \
                isinstance(sub.value, ast.Name) and sub.value.id == base:
            return True
    return False


_SAFE_CALLS = {"os.path.join", "path.join", "str", "os.fspath", "pathlib.Path", "Path"}


def safe_string(node: ast.AST, namespace: dict):
    """Evaluate a path-like expression without running user code with side effects.

    Only constants, names, attribute reads of names, f-strings, ``+``/``%`` on strings and
    ``os.path.join``/``str``/``Path`` are evaluated; anything else gives None.
    """
    import os
    import pathlib

    def ev(n):
        if isinstance(n, ast.Constant) and isinstance(n.value, (str, int)):
            return n.value
        if isinstance(n, ast.Name):
            if n.id not in namespace:
                raise ValueError(n.id)
            return namespace[n.id]
        if isinstance(n, ast.JoinedStr):
            return "".join(str(ev(v.value)) if isinstance(v, ast.FormattedValue) else
                           str(ev(v)) for v in n.values)
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Add, ast.Mod, ast.Div)):
            left, right = ev(n.left), ev(n.right)
            if isinstance(n.op, ast.Div):
                return pathlib.Path(left) / right
            return left + right if isinstance(n.op, ast.Add) else left % right
        if isinstance(n, ast.Call) and call_name(n) in _SAFE_CALLS:
            args = [ev(a) for a in n.args]
            name = call_name(n)
            if name.endswith("join"):
                return os.path.join(*args)
            if name.endswith("Path"):
                return pathlib.Path(*args)
            return str(args[0]) if args else ""
        raise ValueError("unsafe")

    try:
        value = ev(node)
    except Exception:  # noqa: BLE001
        return None
    return os.fspath(value) if isinstance(value, (str, pathlib.PurePath)) else None


_ARITH = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
          ast.Mult: lambda a, b: a * b, ast.Pow: lambda a, b: a ** b,
          ast.FloorDiv: lambda a, b: a // b}


def constant_value(node):
    """The value of a constant integer expression such as ``2 ** 20 * 3``, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITH:
        left, right = constant_value(node.left), constant_value(node.right)
        if left is not None and right is not None and not (
                isinstance(node.op, ast.Pow) and right > 64):
            return _ARITH[type(node.op)](left, right)
    return None


def constructor_calls(tree: ast.AST, class_name: str) -> list[ast.Call]:
    return [c for c in calls(tree) if last_part(c) == class_name]
