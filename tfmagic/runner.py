"""Run a ``%%tfcheck`` body exactly as IPython would run the same code as a plain cell.

A nested ``shell.run_cell`` would swallow the failure (the kernel reports success and Run-All goes
on), so the body is compiled and executed directly in the user namespace instead:

* the source goes into ``linecache`` through ``shell.compile.cache`` so tracebacks show the cell's
  real lines under the ``Cell In[N]`` label, with the magic line kept as line 1;
* ``shell.transform_cell`` turns line magics into calls, as IPython does for a plain cell, and
  nothing else (``$x`` and ``{x}`` stay literal in Python code);
* a trailing expression is evaluated separately and returned, so ``Out[N]`` still shows;
* exceptions propagate unchanged, so ``%debug`` lands in the user's frame.
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass

from IPython.core.error import UsageError


@dataclass
class CompiledCell:
    """A body ready to run: its filename, label and the compiled statements."""

    filename: str
    label: str
    body: str
    statements: object | None
    trailing_expression: object | None
    # A trailing ``;`` silences the value, as in a plain cell (IPython's displayhook looks at
    # the outer cell, which ends in ``run_cell_magic(...)``, so it cannot see the body's ``;``).
    quiet: bool = False
    # The syntax tree the body was compiled from (the trailing expression included), kept for
    # the diagnosis: parsing a 5,000-line cell again costs ~180 ms, keeping it costs nothing.
    tree: ast.Module | None = None


class _TopLevelAwaitFinder(ast.NodeVisitor):
    """Finds ``await``/``async for``/``async with`` outside any function."""

    found = False

    def visit_FunctionDef(self, node):  # noqa: N802 - ast API
        return None

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def generic_visit(self, node):
        if isinstance(node, (ast.Await, ast.AsyncFor, ast.AsyncWith)):
            self.found = True
            return None
        return super().generic_visit(node)


def has_top_level_await(tree: ast.AST) -> bool:
    finder = _TopLevelAwaitFinder()
    finder.visit(tree)
    return finder.found


def transform_body(shell, body: str) -> str:
    """IPython's input transforms, keeping every line where it was.

    IPython's cleanup transforms drop leading blank lines, which would shift every line number
    of the body (tracebacks, the ledger and the report would all point one or more lines too
    high); the blank lines are taken off first and put back afterwards.
    """
    lines = body.splitlines(keepends=True)
    blank = 0
    while blank < len(lines) and not lines[blank].strip():
        blank += 1
    rest = "".join(lines[blank:])
    transformed = shell.transform_cell(rest) if rest else ""
    return "\n" * blank + transformed


def ends_with_semicolon(source: str) -> bool:
    """True when the last token of ``source`` (comments and newlines aside) is ``;``."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return False
    skip = (tokenize.ENDMARKER, tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT,
            tokenize.INDENT, tokenize.DEDENT)
    for token in reversed(tokens):
        if token.type in skip:
            continue
        return token.type == tokenize.OP and token.string == ";"
    return False


def cache_source(shell, source: str, number, raw_code: str) -> str:
    """``shell.compile.cache``; older IPython versions take no ``raw_code``."""
    try:
        return shell.compile.cache(source, number, raw_code=raw_code)
    except TypeError:
        return shell.compile.cache(source, number)


def compile_cell(shell, registry, magic_line: str, body: str) -> CompiledCell:
    """Cache, parse and compile ``body``; raises SyntaxError as IPython would show it.
    Without a ``registry`` (tfmagic could not set up) the cell is compiled all the same."""
    number = shell.execution_count if registry is None else \
        registry.calling_cell_number(default=shell.execution_count)
    transformed = transform_body(shell, body)
    # Line 1 keeps the magic (as a comment, so the cached text still parses for the
    # `executing`/`stack_data` machinery IPython's tracebacks use).
    header = "# %%tfcheck " + magic_line.strip()
    source = header + "\n" + transformed
    filename = cache_source(shell, source, number, raw_code=header + "\n" + body)
    label = f"In[{number}]" if registry is None else \
        registry.register(filename, number, offset=1).label
    tree = ast.parse(source, filename=filename)
    if has_top_level_await(tree):
        raise UsageError(
            "%%tfcheck cannot run top-level `await`: move the awaiting code into an "
            "`async def` and call it with `asyncio.run(...)` (or `await` it in a cell "
            "without %%tfcheck)."
        )
    trailing = None
    quiet = False
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        trailing = shell.compile(ast.Expression(last.value), filename, "eval")
        quiet = ends_with_semicolon(source)
    statements = shell.compile(tree, filename, "exec")
    if trailing is not None:
        tree.body.append(last)  # compiling reads the tree, it does not change it
    return CompiledCell(filename, label, body, statements, trailing, quiet, tree)


def execute(shell, compiled: CompiledCell):
    """Run the compiled body in the user namespace; return the trailing expression's value."""
    __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
    # The same globals/locals pair IPython's run_code uses (they differ in embedded shells).
    user_globals, user_locals = shell.user_global_ns, shell.user_ns
    exec(compiled.statements, user_globals, user_locals)  # noqa: S102 - the user's own cell
    if compiled.trailing_expression is not None:
        value = eval(compiled.trailing_expression, user_globals, user_locals)  # noqa: S307
        return None if compiled.quiet else value
    return None
