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


def compile_cell(shell, registry, magic_line: str, body: str) -> CompiledCell:
    """Cache, parse and compile ``body``; raises SyntaxError as IPython would show it."""
    number = registry.calling_cell_number(default=shell.execution_count)
    transformed = shell.transform_cell(body)
    # Line 1 keeps the magic (as a comment, so the cached text still parses for the
    # `executing`/`stack_data` machinery IPython's tracebacks use).
    header = "# %%tfcheck " + magic_line.strip()
    source = header + "\n" + transformed
    filename = shell.compile.cache(source, number, raw_code=header + "\n" + body)
    info = registry.register(filename, number, offset=1)
    tree = ast.parse(source, filename=filename)
    if has_top_level_await(tree):
        raise UsageError(
            "%%tfcheck cannot run top-level `await`: move the awaiting code into an "
            "`async def` and call it with `asyncio.run(...)` (or `await` it in a cell "
            "without %%tfcheck)."
        )
    trailing = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        trailing = shell.compile(ast.Expression(last.value), filename, "eval")
    statements = shell.compile(tree, filename, "exec")
    return CompiledCell(filename, info.label, body, statements, trailing)


def execute(shell, compiled: CompiledCell):
    """Run the compiled body in the user namespace; return the trailing expression's value."""
    __tracebackhide__ = True  # noqa: F841 - read by IPython's traceback formatter
    namespace = shell.user_ns
    exec(compiled.statements, namespace)  # noqa: S102 - this is the cell the user asked to run
    if compiled.trailing_expression is not None:
        return eval(compiled.trailing_expression, namespace)  # noqa: S307
    return None
