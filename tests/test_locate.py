"""``diagnose/locate.py`` gives the answers ``executing`` gives on the whole cell.

The diagnosis looks up statements and the failing expression within one top-level statement
(a long cell is never parsed or disassembled whole); these tests compare both ways on real
tracebacks and every line of real source files. No TensorFlow needed.
"""

from __future__ import annotations

import ast
import glob
import linecache
import os

import executing
import pytest

from tfmagic.diagnose import astutil, locate

# Each body raises; the padding above moves it down the file, as in a long cell.
FAILING_BODIES = [
    "x = None\ny = x.foo",
    "d = {}\nd['k']",
    "import math\nv = math.sqrt(-1)",
    "class A:\n    def m(self, a):\n        return a.missing\nA().m(3)",
    "def f(a):\n    return [a[i] for i in range(5)]\nf([1])",
    "g = lambda z: z / 0\ng(1)",
    "for i in range(3):\n    if i == 2:\n        raise ValueError(i)",
    "try:\n    pass\nfinally:\n    1 / 0",
    "try:\n    1/0\nexcept ZeroDivisionError:\n    [].pop()",
    "a = 1; b = a.bar; c = 2",
    "s = 'x'\nt = f'{s.nope}'",
    "def deco(f):\n    raise RuntimeError\n@deco\ndef h():\n    pass",
    "x = (1 +\n     None)",
    "import os\nos.path.join(1, 2)",
    "items = [1, 2]\nfirst, second, third = items",
    "class B:\n    attr = undefined_name\n",
    "def outer():\n    def inner():\n        return {}['a']\n    return inner()\nouter()",
    "total = sum(int(v) for v in ['1', 'x'])",
    "o = object()\no.method_call(1, 2)",
    "q = {'a': [1]}\nq['a'][5]",
    "match 3:\n    case 3:\n        len(5)",
    "def gen():\n    yield 1\n    raise KeyError\nlist(gen())",
    "if True:\n    z = 1\n    z()\n",
    "assert 1 == 2, 'nope'",
]


def _innermost_cell_tb(exc, filename):
    tb, own = exc.__traceback__, None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            own = tb
        tb = tb.tb_next
    return own


@pytest.mark.parametrize("filename_format", ["<ipython-input-{n}-abc{n:04x}>",
                                             "/tmp/ipykernel_7/{n}.py"])
@pytest.mark.parametrize("number,body", list(enumerate(FAILING_BODIES)))
def test_failing_span_is_executings_node(number, body, filename_format):
    filename = filename_format.format(n=number + 9000)
    padding = "".join(f"padding_{i} = {i} * 2\n" for i in range(200))
    source = "# %%tfcheck\n" + padding + body + "\n"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        tree = ast.parse(source, filename)
        with pytest.raises(BaseException) as raised:
            exec(compile(tree, filename, "exec"), {"__name__": "__main__"})  # noqa: S102
        tb = _innermost_cell_tb(raised.value, filename)
        node = executing.Source.executing(tb).node
        expected = None if node is None else (node.lineno, node.end_lineno, node.col_offset,
                                              node.end_col_offset)
        assert locate.failing_span(tb, tree, linecache.getlines(filename)) == expected
    finally:
        linecache.cache.pop(filename, None)


def _source_files():
    here = os.path.dirname(os.path.abspath(__file__))
    return sorted(glob.glob(os.path.join(here, "realworld", "*.py"))
                  + glob.glob(os.path.join(here, "..", "tfmagic", "**", "*.py"), recursive=True))


def test_statement_at_line_is_executings_on_every_line():
    checked = 0
    for path in _source_files():
        source = executing.Source.for_filename(path)
        if source.tree is None:
            continue
        for line in range(1, len(source.lines) + 2):
            found = source.statements_at_line(line)
            expected = min(found, key=lambda s: (s.lineno, s.col_offset)) if found else None
            assert locate.statement_at_line(source.tree, line) is expected, (path, line)
            checked += 1
    assert checked > 5000


def test_statements_and_cell_level_statements_follow_ast_walk():
    for path in _source_files():
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        assert list(astutil.statements(tree)) == \
            [n for n in ast.walk(tree) if isinstance(n, ast.stmt)], path
        every_statement = {id(n) for n in ast.walk(tree) if isinstance(n, ast.stmt)}
        assert {i for i in astutil.module_level_statements(tree) if i in every_statement} == \
            {id(n) for n in astutil.module_level_nodes(tree) if isinstance(n, ast.stmt)}, path
