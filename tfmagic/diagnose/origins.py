"""Where a value came from: the statement, in this cell or an earlier one, that last bound a
name, built a Keras layer, or set an integer a shape was computed from.

Everyday TF2/Keras failures surface at ``fit`` or at an op, but the mismatch was set up where
the data, the label array or the layer was made — often cells earlier. These helpers walk the
cells newest first (the failing cell up to its raise statement, then earlier cells in reverse
execution order) with the trees ``executing`` already parsed; nothing here runs user code
(values are read from the namespace, integers from constant expressions).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from . import astutil, phrases


@dataclass
class Origin:
    """A statement in a cell: ``cell`` is None for the failing cell (as ``Finding.cell``)."""

    cell: str | None
    line: int
    node: ast.AST

    def where(self, evidence) -> str:
        """"line 4" or "line 4 of In[2]"."""
        return phrases.line_ref(self.line, self.cell, evidence)


def cells_newest_first(evidence) -> list[tuple[str | None, str, int, ast.AST]]:
    """(label or None for the failing cell, filename, offset, tree), the failing cell first."""
    def compute():
        out = []
        if evidence.tree is not None:
            out.append((None, evidence.filename, evidence.offset, evidence.tree))
        for label in evidence.registry.labels_newest_first():
            if label == evidence.cell_label:
                continue
            info = evidence.registry.filename_for(label)
            tree = evidence.tree_of(info.filename) if info is not None else None
            if tree is not None:
                out.append((label, info.filename, info.offset, tree))
        return out

    return evidence.memo("origins.cells", compute)


def cell_order(evidence, label: str | None) -> int:
    """Position of a cell in the order the cells ran (the failing cell, None, last); -1 for a
    cell that is gone."""
    order = evidence.memo("origins.cell_order", lambda: {
        each: rank for rank, (each, _, _, _) in enumerate(reversed(cells_newest_first(evidence)))})
    return order.get(label, -1)


def cell(evidence, label: str | None) -> tuple[str, int, ast.AST] | None:
    """(filename, offset, tree) of one cell by its label (None: the failing cell)."""
    return next(((filename, offset, tree)
                 for each, filename, offset, tree in cells_newest_first(evidence)
                 if each == label), None)


def raise_limit(evidence) -> int | None:
    """File line of the failing cell's outermost statement on the traceback: assignments
    after it had not run yet when the cell failed."""
    own = [f for f in evidence.raise_frames if f.filename == evidence.filename]
    if not own:
        return None
    stmt = evidence.statement_at(own[0].line)
    return stmt.lineno if stmt is not None else own[0].lineno


def assignment_in_function(evidence, name: str, function: str) -> Origin | None:
    """The last statement binding ``name`` inside a function defined in a cell."""
    for label, _, offset, tree in cells_newest_first(evidence):
        for func in astutil.function_defs(tree):
            if func.name != function:
                continue
            found = astutil.assignments_to(func, name)
            if found:
                return Origin(label, found[-1].lineno - offset, found[-1])
    return None


def binds(stmt, name: str) -> bool:
    """Whether a statement rebinds ``name`` itself (``x = ...``, ``a, x = ...``), not an item
    or attribute of it (``x[:8] = 5`` changes values but keeps where ``x`` came from)."""
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, (ast.AnnAssign, ast.AugAssign, ast.For, ast.AsyncFor)):
        targets = [stmt.target]
    elif isinstance(stmt, ast.With):
        targets = [item.optional_vars for item in stmt.items if item.optional_vars is not None]
    else:
        return True
    stack = list(targets)
    while stack:
        target = stack.pop()
        if isinstance(target, ast.Name) and target.id == name:
            return True
        if isinstance(target, (ast.Tuple, ast.List)):
            stack.extend(target.elts)
        elif isinstance(target, ast.Starred):
            stack.append(target.value)
    return False


def at_cell_level(evidence, tree, node) -> bool:
    """Whether ``node`` runs at cell level (not inside a function or class body)."""
    if isinstance(node, ast.stmt):
        return id(node) in astutil.module_level_statements(tree)
    ids = evidence.memo(f"origins.cell_level.{id(tree)}",
                        lambda: set(map(id, astutil.module_level_nodes(tree))))
    return id(node) in ids


def int_value(evidence, node) -> int | None:
    """An integer expression's value: constants, names bound to ints, and arithmetic on them."""
    if isinstance(node, ast.Name):
        value = evidence.value(node.id)
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, int) and not isinstance(node.value, bool) \
            else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult,
                                                             ast.FloorDiv)):
        left, right = int_value(evidence, node.left), int_value(evidence, node.right)
        if left is None or right is None or (isinstance(node.op, ast.FloorDiv) and right == 0):
            return None
        return astutil._ARITH[type(node.op)](left, right)
    return None


SIZE_KEYWORDS = ("units", "filters", "input_dim", "output_dim", "num_tokens", "target_shape")


def layer_constructor(evidence, layer, size: int | None = None,
                      keyword_names=("units", "filters")) -> Origin | None:
    """The call that built a Keras layer: a call to its class whose size argument (first
    positional or one of ``keyword_names``) evaluates to ``size`` (default: the layer's
    ``units``/``filters``), in the newest cell that has one; of several there, the one the
    ledger saw build the layer's weights, else None."""
    class_name = type(layer).__name__
    if size is None:
        size = getattr(layer, "units", None) or getattr(layer, "filters", None)
    for label, _, offset, tree in cells_newest_first(evidence):
        matches = []
        for call in astutil.constructor_calls(tree, class_name):
            given = [a for a in call.args[:1]] + [kw.value for kw in call.keywords
                                                   if kw.arg in keyword_names]
            if size is None or any(int_value(evidence, node) == size for node in given):
                matches.append(call)
        if len(matches) > 1:
            # Two constructions that fit (two ``Dense(64)``): the ledger says which one made
            # this layer's weights (a functional call builds them on its own line); without
            # it the answer is not known.
            built = {(None if evidence.in_this_cell(r.cell) else r.cell, r.line)
                     for r in evidence.all_records
                     if r.owner is not None and r.owner == getattr(layer, "name", None)}
            matches = [call for call in matches if (label, call.lineno - offset) in built]
            if len(matches) != 1:
                return None
        if matches:
            return Origin(label, matches[-1].lineno - offset, matches[-1])
    return None


def size_argument(call: ast.Call, keyword_names=("units", "filters")):
    """The node passed as a layer's size (first positional or a size keyword)."""
    for kw in call.keywords:
        if kw.arg in keyword_names:
            return kw.value
    return call.args[0] if call.args else None


def names_in(node) -> list[str]:
    """Plain names read in an expression, in source order, without repeats."""
    seen = []
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and child.id not in seen:
            seen.append(child.id)
    return seen


def call_arguments(evidence, method: str, stmt=None):
    """(call, receiver name) for the first ``receiver.method(...)`` call in the failing
    statements (the raise line, then the calls that led to it)."""
    from .common import raise_statements

    statements = [stmt] if stmt is not None else raise_statements(evidence)
    for statement in statements:
        for call in astutil.calls(statement):
            if isinstance(call.func, ast.Attribute) and call.func.attr == method:
                receiver = call.func.value
                return call, receiver.id if isinstance(receiver, ast.Name) else None
    return None, None


def argument(call: ast.Call, position: int, keyword: str):
    """The node passed at ``position`` or as ``keyword``."""
    found = astutil.keyword(call, keyword)
    if found is not None:
        return found
    return call.args[position] if len(call.args) > position else None
