"""Where in a cell something happens: the statement at a line, the expression that failed.

Why not ``executing`` on the whole cell: its ``Source`` parses the cell's text again and indexes
every node (~700 ms for a 5,000-line cell on the shared 2-core machine), and its node finder
disassembles the whole code object the frame runs (~650 ms for the same cell's module code).
A failure needs neither: the statement that failed is one top-level statement of the tree the
runner already parsed (``CompiledCell.tree``), so

* ``statement_at_line`` answers ``executing``'s ``Source.statements_at_line`` question (the
  first statement a node on that line belongs to) inside that top-level statement only;
* ``failing_span`` still lets ``executing`` find the node of the failing instruction, but on
  that top-level statement alone: its text compiled on its own, the frame's instruction
  matched there by opcode and source position. Locating the raise of the 5,000-line cell this
  way costs ~2 ms.
"""

from __future__ import annotations

import __future__
import ast
import bisect
import itertools
import linecache
import warnings
import weakref
from dataclasses import dataclass
from typing import Any

_FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag
_CACHE_OPCODE = 0  # dis.opmap["CACHE"]: inline caches that follow an instruction (3.11+)
# First line of each top-level statement, per tree (bisected for every line looked up).
_STARTS: "weakref.WeakKeyDictionary[ast.Module, list[int]]" = weakref.WeakKeyDictionary()


def _start(node: ast.AST) -> int:
    """First line of a statement, its decorators included (they precede ``def``'s line)."""
    decorators = getattr(node, "decorator_list", None) or ()
    return min([node.lineno] + [d.lineno for d in decorators])


def top_level_statements(tree: ast.Module, lineno: int) -> list[ast.stmt]:
    """The top-level statements of ``tree`` whose lines span ``lineno`` (more than one only
    when semicolons put several on one line), found by bisection."""
    body = tree.body
    starts = _STARTS.get(tree)
    if starts is None or len(starts) != len(body):
        starts = _STARTS[tree] = [_start(stmt) for stmt in body]
    index = bisect.bisect_right(starts, lineno)
    found = []
    while index > 0 and (body[index - 1].end_lineno or body[index - 1].lineno) >= lineno:
        found.append(body[index - 1])
        index -= 1
    return found[::-1]


def _node_lines(node: ast.AST) -> range:
    """The lines ``executing`` files a node under: every line of an expression, the first line
    of anything else (``executing.executing.node_linenos``)."""
    lineno = getattr(node, "lineno", None)
    if lineno is None:
        return range(0)
    if isinstance(node, ast.expr) and getattr(node, "end_lineno", None) is not None:
        return range(lineno, node.end_lineno + 1)
    return range(lineno, lineno + 1)


def statement_at_line(tree: ast.Module, lineno: int) -> ast.stmt | None:
    """The innermost statement a node on ``lineno`` belongs to, the first one in source order
    when there are several: what ``min(Source.statements_at_line(lineno))`` gives, walked
    within the top-level statements that span the line."""
    found: set = set()

    def visit(node: ast.AST, statement) -> None:
        if isinstance(node, ast.stmt):
            if not _start(node) <= lineno <= (node.end_lineno or node.lineno):
                return  # nothing inside a statement lies outside its lines
            statement = node
        if lineno in _node_lines(node):
            found.add(statement)
        for child in ast.iter_child_nodes(node):
            visit(child, statement)

    for top in top_level_statements(tree, lineno):
        visit(top, top)
    return min(found, key=lambda s: (s.lineno, s.col_offset)) if found else None


@dataclass
class _StatementFrame:
    """What ``executing.Source.executing`` reads of a frame, for the statement's own code."""

    f_code: Any
    f_lineno: int
    f_lasti: int
    f_globals: dict


def failing_span(tb, tree: ast.Module, lines: list[str]) -> tuple[int, int, int, int] | None:
    """(lineno, end_lineno, col_offset, end_col_offset), in the cell file's lines, of
    ``executing``'s node for the instruction a traceback entry of this cell stopped at; None
    when it cannot be told."""
    code = tb.tb_frame.f_code
    lineno = tb.tb_lineno
    statements = top_level_statements(tree, lineno)
    if not statements:
        return None
    first = _start(statements[0])
    last = max(s.end_lineno or s.lineno for s in statements)
    shift = first - 1
    text = "".join(lines[first - 1:last])
    lasti = tb.tb_lasti
    while lasti > 0 and code.co_code[lasti] == _CACHE_OPCODE:
        lasti -= 2
    try:
        position = next(itertools.islice(code.co_positions(), lasti // 2, None))
        filename = f"{code.co_filename}<lines {first}-{last}>"
        with warnings.catch_warnings():  # the cell's own SyntaxWarnings were shown once
            warnings.simplefilter("ignore")
            narrow = compile(text, filename, "exec", flags=code.co_flags & _FUTURE_FLAGS,
                             dont_inherit=True)
    except (StopIteration, SyntaxError, ValueError):
        return None
    target = _twin_code(narrow, code, shift)
    if target is None:
        return None
    narrow_lasti = lasti if target.co_code == code.co_code else \
        _matching_offset(target, code.co_code[lasti], position, shift)
    if narrow_lasti is None:
        return None
    import executing

    frame = _StatementFrame(target, lineno - shift, narrow_lasti, {})
    linecache.cache[filename] = (len(text), None, text.splitlines(True), filename)
    try:
        node = executing.Source.executing(frame).node
    except Exception:  # noqa: BLE001 - executing could not tell
        node = None
    finally:
        linecache.cache.pop(filename, None)
    if node is None or getattr(node, "end_lineno", None) is None:
        return None
    return node.lineno + shift, node.end_lineno + shift, node.col_offset, node.end_col_offset


def _twin_code(narrow, code, shift: int):
    """The code object of the statement's own compilation that matches ``code`` (the module,
    or a function, class body, lambda or comprehension defined in the statement)."""
    if code.co_name == "<module>":
        return narrow
    pending = [narrow]
    while pending:
        candidate = pending.pop()
        if candidate.co_qualname == code.co_qualname and \
                candidate.co_firstlineno + shift == code.co_firstlineno and \
                candidate.co_code == code.co_code:
            return candidate
        pending.extend(c for c in candidate.co_consts if hasattr(c, "co_code"))
    return None


def _matching_offset(target, opcode: int, position, shift: int) -> int | None:
    """The first instruction of ``target`` with ``opcode`` at ``position`` (moved by
    ``shift`` lines)."""
    wanted = (position[0] - shift if position[0] is not None else None,
              position[1] - shift if position[1] is not None else None,
              position[2], position[3])
    raw = target.co_code
    for index, found in enumerate(target.co_positions()):
        offset = index * 2
        if raw[offset] == opcode and tuple(found) == wanted:
            return offset
    return None
