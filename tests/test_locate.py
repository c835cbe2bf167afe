"""``diagnose/locate.py`` gives the answers ``executing`` gives on the whole cell.

The diagnosis looks up statements and the failing expression within one top-level statement
(a long cell is never parsed or disassembled whole); these tests compare both ways on real
tracebacks, every line of real source files and every instruction of the corpus's cells. No
TensorFlow needed: they run on 3.11 and, under Pyodide, on 3.10, 3.12 and 3.13 (``make
test-pyversions``), where the fast path's reading of the compiler's output is checked anew.
The fallback (``executing`` on the whole cell, where the fast path is off or cannot tell) is
tested by forcing it, on every version.
"""

from __future__ import annotations

import ast
import glob
import linecache
import os
import sys
import types

import executing
import pytest

pytestmark = pytest.mark.fast  # needs no TensorFlow (make test-pyversions)

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


@pytest.fixture(params=["fast path", "forced fallback"])
def way(request, monkeypatch):
    """``fast path``: also checks the statement's own compilation's answer (``failing_span``
    falls back only where it has none); ``forced fallback``: ``FAST_PATH`` off, so
    ``executing`` on the whole cell."""
    if request.param == "fast path":
        if not locate.FAST_PATH:
            pytest.skip(f"no fast path on Python {sys.version_info[0]}.{sys.version_info[1]}")
    else:
        monkeypatch.setattr(locate, "FAST_PATH", False)
    return request.param


def test_fast_path_is_on_where_tested():
    """3.11 (full stack), 3.12 and 3.13 (Pyodide) compare the fast path with executing; 3.10
    has no co_positions(), and a newer version's compiler is untested."""
    assert locate.FAST_PATH == ((3, 11) <= sys.version_info[:2] <= (3, 13))


@pytest.mark.parametrize("filename_format", ["<ipython-input-{n}-abc{n:04x}>",
                                             "/tmp/ipykernel_7/{n}.py"])
@pytest.mark.parametrize("number,body", list(enumerate(FAILING_BODIES)))
def test_failing_span_is_executings_node(number, body, filename_format, way):
    filename = filename_format.format(n=number + 9000)
    padding = "".join(f"padding_{i} = {i} * 2\n" for i in range(200))
    source = "# %%tfcheck\n" + padding + body + "\n"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        tree = ast.parse(source, filename)
        with pytest.raises(BaseException) as raised:
            exec(compile(tree, filename, "exec"), {"__name__": "__main__"})  # noqa: S102
        tb = _innermost_cell_tb(raised.value, filename)
        # executing's node for the same failure in a plain file: on a cell's file name it
        # takes the module code for one statement compiled alone (as IPython runs cells), so
        # finds nothing for a cell compiled whole on 3.10, nor on a line of several statements
        expected = _plain_file_span(source, number)
        lines = linecache.getlines(filename)
        assert locate.failing_span(tb, tree, lines) == expected
        if way == "fast path":
            assert locate._statement_span(tb, tree, lines) == expected
    finally:
        linecache.cache.pop(filename, None)


def _plain_file_span(source: str, number: int):
    """The span of executing's node for the failure of ``source`` run as a plain file."""
    filename = f"/tmp/plain_cell_{number}.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    try:
        with pytest.raises(BaseException) as raised:
            exec(compile(source, filename, "exec"), {"__name__": "__main__"})  # noqa: S102
        node = executing.Source.executing(_innermost_cell_tb(raised.value, filename)).node
    finally:
        linecache.cache.pop(filename, None)
    return None if node is None else (node.lineno, node.end_lineno, node.col_offset,
                                      node.end_col_offset)


@pytest.mark.parametrize("held", ["nothing", "other lines"])
def test_forced_fallback_reads_the_given_lines_and_leaves_linecache_as_it_was(held,
                                                                             monkeypatch):
    """The fallback asks ``executing``, which reads the cell through linecache: the lines
    passed in are the cell's, whatever linecache holds under its name, and linecache is left
    as it was found."""
    monkeypatch.setattr(locate, "FAST_PATH", False)
    filename = "<ipython-input-9999-fallback>"
    source = "x = 1\ny = {}\nz = y['missing'] + x\n"
    tree = ast.parse(source, filename)
    with pytest.raises(KeyError) as raised:
        exec(compile(tree, filename, "exec"), {})  # noqa: S102
    tb = _innermost_cell_tb(raised.value, filename)
    other = (1, None, ["stale\n"], filename)
    if held == "other lines":
        linecache.cache[filename] = other
    try:
        assert locate.failing_span(tb, tree, source.splitlines(True)) == (3, 3, 4, 16)  # y['missing']
        assert linecache.cache.get(filename) == (other if held == "other lines" else None)
    finally:
        linecache.cache.pop(filename, None)


def _instructions(code):
    """(code, offset, line) of each instruction of ``code`` and the code objects in it, as a
    traceback entry stopped there would give them; from ``co_lines()``, which 3.10 to 3.13
    all have (3.10 has no positions)."""
    pending = [code]
    while pending:
        code = pending.pop()
        pending.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
        for start, end, line in code.co_lines():
            if line is not None:
                for offset in range(start, end, 2):
                    if code.co_code[offset] != locate._CACHE_OPCODE:
                        yield code, offset, line


@pytest.mark.parametrize("files", ["corpus", "package"])
def test_failing_span_is_executings_on_every_line(files, monkeypatch):
    """``failing_span`` gives ``executing``'s node on the whole file, on every line of the
    corpus's cell files and of the package: where the fast path is on, on every instruction
    of the corpus and each line's first instruction that ``executing`` finds a node for in the
    package (compiling its long top-level statements once per instruction would take minutes
    under Pyodide), and the fast path answers each of them itself (``failing_span`` falls back
    to ``executing`` only where ``executing`` finds no node either); where it is off (3.10),
    the first such instruction of each corpus line (3.10's ``executing`` compiles the whole
    file again for each; the package is left out there)."""
    if files == "package" and not locate.FAST_PATH:
        pytest.skip("fast path off: failing_span is executing's own answer, and 3.10's "
                    "executing takes minutes over the package under Pyodide")
    fell_back = []
    fallback = locate._executing_span

    def counted(tb, lines):
        fell_back.append(tb)
        return fallback(tb, lines)

    monkeypatch.setattr(locate, "_executing_span", counted)
    checked = answered = 0
    for path in _source_files(corpus=files == "corpus", package=files == "package"):
        source = executing.Source.for_filename(path)
        assert source.tree is not None, path
        lines = [line + "\n" for line in source.lines]
        every = files == "corpus" and locate.FAST_PATH
        done = set()
        for code, offset, line in _instructions(compile(source.tree, path, "exec",
                                                        dont_inherit=True)):
            if not every and (code, line) in done:
                continue
            frame = locate._StatementFrame(code, line, offset, {})
            node = executing.Source.executing(frame).node
            expected = None if node is None or getattr(node, "end_lineno", None) is None else \
                (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
            if not every:
                if expected is None:
                    continue
                done.add((code, line))
            tb = types.SimpleNamespace(tb_frame=frame, tb_lineno=line, tb_lasti=offset)
            del fell_back[:]
            assert locate.failing_span(tb, source.tree, lines) == expected, (path, offset, line)
            if locate.FAST_PATH and expected is not None:
                assert not fell_back, (path, offset, line)
                answered += 1
            checked += 1
    assert checked > 1000, checked
    assert answered > 3000 or not locate.FAST_PATH, answered


def _source_files(corpus=True, package=True):
    here = os.path.dirname(os.path.abspath(__file__))
    return sorted((glob.glob(os.path.join(here, "realworld", "*.py")) if corpus else [])
                  + (glob.glob(os.path.join(here, "..", "tfmagic", "**", "*.py"), recursive=True)
                     if package else []))


def test_statement_at_line_is_executings_on_every_line():
    checked = 0
    for path in _source_files():
        source = executing.Source.for_filename(path)
        assert source.tree is not None, path  # every file parses on every version tested
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
