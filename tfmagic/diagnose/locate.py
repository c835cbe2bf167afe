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

That fast path reads what one compiler emits (``co_positions()`` and the inline ``CACHE``
entries are 3.11's; opcodes change in 3.12 and 3.13), so it runs only on the versions whose
compiler the tests compare it on (``FAST_PATH``: 3.11 with the full stack, 3.12 and 3.13 under
Pyodide, ``make test-pyversions``). Elsewhere (3.10; a version newer than 3.13) ``failing_span``
asks ``executing`` about the whole cell: slower on long cells (the ~1.3 s above), right on
every version ``executing`` supports.
"""

from __future__ import annotations

import __future__
import ast
import bisect
import dis
import itertools
import linecache
import re
import sys
import warnings
import weakref
from dataclasses import dataclass
from typing import Any

_FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag
_CACHE_OPCODE = dis.opmap.get("CACHE")  # inline caches that follow an instruction (3.11+)
# Whether failing_span narrows the work to one statement (the module docstring); tests set it
# False to force the fallback on every version.
FAST_PATH = (3, 11) <= sys.version_info[:2] <= (3, 13) and _CACHE_OPCODE is not None
# A file name executing takes for an IPython cell's (executing.executing.is_ipython_cell_filename)
_IPYTHON_CELL = re.compile(r"<ipython-input-|[/\\]ipykernel_\d+[/\\]")
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
    """What ``executing.Source.executing`` reads of a frame: the statement's own code (fast
    path) or a traceback entry's (fallback)."""

    f_code: Any
    f_lineno: int
    f_lasti: int
    f_globals: dict


def failing_span(tb, tree: ast.Module, lines: list[str]) -> tuple[int, int, int, int] | None:
    """(lineno, end_lineno, col_offset, end_col_offset), in the cell file's lines, of
    ``executing``'s node for the instruction a traceback entry of this cell stopped at; None
    when it cannot be told. The fast path answers where it can, ``executing`` on the whole
    cell where it cannot (another version; an instruction not found in the statement's own
    compilation)."""
    if FAST_PATH:
        span = _statement_span(tb, tree, lines)
        if span is not None:
            return span
    return _executing_span(tb, lines)


def _statement_span(tb, tree: ast.Module, lines: list[str]) -> tuple[int, int, int, int] | None:
    """``failing_span`` from the top-level statement compiled on its own; None when the
    frame's instruction is not found there, or ``executing`` finds no node for it."""
    code = tb.tb_frame.f_code
    lineno = tb.tb_lineno
    statements = top_level_statements(tree, lineno)
    if not statements:
        return None
    first = _start(statements[0])
    last = max(s.end_lineno or s.lineno for s in statements)
    # Blank lines above keep the statement on its own lines: positions, first lines and 3.13's
    # class-body __firstlineno__ constant come out as in the cell's compilation.
    text = "\n" * (first - 1) + "".join(lines[first - 1:last])
    if not text.endswith("\n"):
        text += "\n"
    lasti = tb.tb_lasti
    while lasti > 0 and code.co_code[lasti] == _CACHE_OPCODE:
        lasti -= 2
    try:
        position = next(itertools.islice(code.co_positions(), lasti // 2, None))
    except (StopIteration, ValueError):
        return None
    # Not the cell's name: executing reads an IPython cell's module code as one statement of
    # it compiled alone, and gives up on a line with several (``a = 1; b = a.bar``).
    filename = f"<tfmagic statement, lines {first}-{last}>"
    # A method call on a module the cell imports compiles differently (3.11: LOAD_ATTR, not
    # LOAD_METHOD) when the code that ran saw the import in the same compilation (a
    # %%tfcheck cell is compiled whole; IPython compiles each top-level statement apart): try
    # the statement alone, then with the cell's module-level imports after it.
    for source in (text if alone else text + _imports_line(tree) for alone in (True, False)):
        try:
            with warnings.catch_warnings():  # the cell's own SyntaxWarnings were shown once
                warnings.simplefilter("ignore")
                narrow = compile(source, filename, "exec", flags=code.co_flags & _FUTURE_FLAGS,
                                 dont_inherit=True)
        except (SyntaxError, ValueError):
            return None
        target = _twin_code(narrow, code)
        if target is None:
            continue
        narrow_lasti = lasti if target.co_code == code.co_code else \
            _matching_offset(target, code, lasti, position)
        if narrow_lasti is not None:
            break
    else:
        return None
    import executing

    frame = _StatementFrame(target, lineno, narrow_lasti, {})
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        node = executing.Source.executing(frame).node
    except Exception:  # noqa: BLE001 - executing could not tell
        node = None
    finally:
        linecache.cache.pop(filename, None)
    if node is None or getattr(node, "end_lineno", None) is None:
        return None
    return node.lineno, node.end_lineno, node.col_offset, node.end_col_offset


_IMPORTS: "weakref.WeakKeyDictionary[ast.Module, str]" = weakref.WeakKeyDictionary()
_BLOCKS = (ast.stmt, ast.excepthandler, ast.match_case)


def _imports_line(tree: ast.Module) -> str:
    """``import a, b`` naming every name an import binds in the module scope of ``tree`` (not
    inside functions or classes): compiled after a statement, it gives the compiler the same
    imported names the whole cell gave it, without moving the statement's lines."""
    line = _IMPORTS.get(tree)
    if line is None:
        names: dict = {}
        pending = list(tree.body)
        while pending:
            node = pending.pop()
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for alias in node.names:
                    if alias.name != "*":
                        names[alias.asname or alias.name.split(".")[0]] = None
            elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                pending.extend(child for child in ast.iter_child_nodes(node)  # no import is
                               if isinstance(child, _BLOCKS))  # in an expression
        line = _IMPORTS[tree] = f"import {', '.join(sorted(names))}\n" if names else ""
    return line


def _executing_span(tb, lines: list[str]) -> tuple[int, int, int, int] | None:
    """``failing_span`` by ``executing`` on the whole cell (the fallback): its node for the
    traceback entry, the cell's text read from ``lines``. ``executing`` takes the module code
    of a file named like an IPython cell for one statement compiled alone (IPython runs a
    cell so, and 3.10's node finder compares bytecode), while ``%%tfcheck`` compiles the cell
    whole: where it finds nothing there, it is asked again under a plain file name."""
    code = tb.tb_frame.f_code
    node = _executing_node(code, tb, lines)
    if node is None and code.co_name == "<module>" and _IPYTHON_CELL.search(code.co_filename):
        node = _executing_node(code.replace(co_filename="<tfmagic cell>"), tb, lines)
    if node is None or getattr(node, "end_lineno", None) is None:
        return None
    return node.lineno, node.end_lineno, node.col_offset, node.end_col_offset


def _executing_node(code, tb, lines: list[str]):
    """``executing``'s node for ``code`` stopped where ``tb`` did, linecache holding ``lines``
    under ``code``'s file name for the call (then left as it was found)."""
    import executing

    filename = code.co_filename
    held = linecache.cache.get(filename)
    swap = held is None or len(held) < 3 or list(held[2]) != list(lines)  # lazy: 1-tuple
    if swap:
        linecache.cache[filename] = (sum(map(len, lines)), None, list(lines), filename)
    try:
        frame = _StatementFrame(code, tb.tb_lineno, tb.tb_lasti, tb.tb_frame.f_globals)
        return executing.Source.executing(frame).node
    except Exception:  # noqa: BLE001 - executing could not tell
        return None
    finally:
        if swap:
            if held is None:
                linecache.cache.pop(filename, None)
            else:
                linecache.cache[filename] = held


def _twin_code(narrow, code):
    """The code object of the statement's own compilation that matches ``code`` (the module,
    or a function, class body, lambda or comprehension defined in the statement); among
    twins of the same bytes (3.11's comprehensions on one line: ``[a.x for a in p] or
    [b.x for b in q]``), the one at ``code``'s positions."""
    if code.co_name == "<module>":
        return narrow
    found = []
    pending = [narrow]
    while pending:
        candidate = pending.pop()
        if candidate.co_qualname == code.co_qualname and \
                candidate.co_firstlineno == code.co_firstlineno and \
                candidate.co_code == code.co_code:
            found.append(candidate)
        pending.extend(c for c in candidate.co_consts if hasattr(c, "co_code"))
    if len(found) <= 1:
        return found[0] if found else None
    positions = list(code.co_positions())
    return next((c for c in found if list(c.co_positions()) == positions), None)


def _matching_offset(target, code, lasti: int, position) -> int | None:
    """The instruction of ``target`` that is ``code``'s at ``lasti``: the same opcode at the
    same ``position``, the k-th such when ``code`` has k - 1 before it (3.12 gives a
    ``with``'s ``__exit__`` call the position and opcode of the context manager's own call)."""
    opcode, wanted = code.co_code[lasti], tuple(position)
    raw = target.co_code
    found = [index * 2 for index, at in enumerate(target.co_positions())
             if raw[index * 2] == opcode and tuple(at) == wanted]
    if len(found) <= 1:
        return found[0] if found else None
    raw = code.co_code
    before = sum(1 for index, at in enumerate(itertools.islice(code.co_positions(), lasti // 2))
                 if raw[index * 2] == opcode and tuple(at) == wanted)
    return found[before] if before < len(found) else None
