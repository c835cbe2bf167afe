"""The diagnosis as a PEP 678 note on the failing exception (``TFMagics.note``).

Notebook assistants, papermill, nbconvert and CI logs read a cell's *error* output, never the
report card above it. These tests run a real kernel (nbclient), as those tools do, and read the
error output's ``traceback``, ``ename`` and ``evalue``; the unit tests at the top need no
TensorFlow and no kernel.
"""

from __future__ import annotations

import bdb
import os
import pathlib
import re
import sys

import IPython

import pytest

from tfmagic.report import Finding, Report
from tfmagic.render import note

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CORPUS = pathlib.Path(__file__).parent / "realworld"

# jupyter-ai's /fix prompt (jupyter_ai/chat_handlers/fix.py, FIX_STRING_TEMPLATE): the cell's
# source and the error output's fields are all the assistant is given.
FIX_STRING_TEMPLATE = """
You are Jupyternaut, a conversational assistant living in JupyterLab. Please fix
the notebook cell described below.

Additional instructions:

{extra_instructions}

Input cell:

```
{cell_content}
```

Output error:

```
{traceback}

{error_name}: {error_value}
```
""".strip()


# --------------------------------------------------------------------------- the note itself

def _report(**finding) -> Report:
    fields = dict(kind="shape_mismatch", severity="error", summary="MatMul got [4,5] and [2,3].",
                  fix="Make the inner dimensions agree.", line=2, raise_line=2)
    fields.update(finding)
    return Report(ok=False, error_type="InvalidArgumentError", error_message="boom",
                  findings=[Finding(**fields)], cell_label="In[7]",
                  source="x = f()\ny = g(x)\n", raise_line=2, header="%%tfcheck")


@pytest.mark.fast
def test_note_names_kind_summary_cause_line_and_fix():
    text = note.exception_note(_report())
    assert text.splitlines() == [
        "tfmagic: shape_mismatch: MatMul got [4,5] and [2,3].",
        "  cause: In[7] line 3 (where it raised): y = g(x)",   # the editor's line (magic = 1)
        "  fix: Make the inner dimensions agree.",
    ]


@pytest.mark.fast
def test_note_quotes_a_cause_in_another_cell_and_the_evidence_chain():
    report = _report(line=4, cell="In[3]", other_cell_lines=[("In[3]", 4, "X = load(uint8)")])
    report.findings[0].evidence = [{"text": "`xb` <- `X[i:i+32]` (In[7] line 1)"},
                                   {"text": "`X` loaded as uint8 (In[3] line 4)"}]
    report.cell_offsets = {"In[3]": 0}
    lines = note.exception_note(report).splitlines()
    assert lines[1] == "  cause: In[3] line 4: X = load(uint8)"
    assert lines[2] == ("  evidence: `xb` <- `X[i:i+32]` (In[7] line 1) <- "
                        "`X` loaded as uint8 (In[3] line 4)")
    # Another cell's line not quoted by the finding: read through the callback.
    report.findings[0].other_cell_lines = []
    text = note.exception_note(report, lambda label, line: f"{label}:{line}")
    assert "  cause: In[3] line 4: In[3]:4" in text.splitlines()


@pytest.mark.fast
def test_note_is_short_plain_and_only_for_failures_with_a_finding():
    long = _report(summary="word " * 400, fix="fix " * 400)
    lines = note.exception_note(long).splitlines()
    assert len(lines) <= note.MAX_LINES and all(len(line) <= note.MAX_WIDTH for line in lines)
    assert not any("\x1b" in line for line in lines)
    assert note.exception_note(_report(line=None)).splitlines()[1].startswith("  fix:")
    assert note.exception_note(Report(ok=True)) is None
    assert note.exception_note(Report(ok=False, error_type="ValueError")) is None
    faulty = _report()
    faulty.internal_error = "KeyError: 'x'"
    assert note.exception_note(faulty) is None


@pytest.mark.fast
def test_add_note_once_never_on_interrupts_and_never_raising():
    error = ValueError("bad")
    assert note.add_note(error, "tfmagic: one")
    assert not note.add_note(error, "tfmagic: two")   # re-raised / re-reported: no second
    assert error.__notes__ == ["tfmagic: one"]
    for quiet in (KeyboardInterrupt(), SystemExit(1), bdb.BdbQuit()):
        assert not note.add_note(quiet, "tfmagic: x")
        assert not hasattr(quiet, "__notes__")
    mine = ValueError("user note")
    mine.__notes__ = ["the user's own note"]
    assert note.add_note(mine, "tfmagic: x")
    assert mine.__notes__ == ["the user's own note", "tfmagic: x"]

    if not hasattr(BaseException, "add_note"):   # Python 3.10: notes are set as __notes__
        return

    class Sealed(Exception):
        def add_note(self, text):
            raise RuntimeError("no notes here")

    sealed = Sealed("x")
    assert not note.add_note(sealed, "tfmagic: x")   # a fault leaves the exception as it was
    assert "__notes__" not in sealed.__dict__


# --------------------------------------------------------------------------- a real kernel

def _run_notebook(cells, monkeypatch, tags=None):
    import nbformat   # the kernel tests only: the unit tests above run without Jupyter
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    monkeypatch.setenv("JUPYTER_PATH", os.path.join(sys.prefix, "share", "jupyter"))
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in cells]
    for index in tags or ():
        nb.cells[index].metadata["tags"] = ["raises-exception"]
    client = NotebookClient(nb, timeout=300, kernel_name="python3")
    with pytest.raises(CellExecutionError):
        client.execute()
    return nb.cells


def _error(cell):
    errors = [o for o in cell.outputs if o.output_type == "error"]
    assert len(errors) == 1, cell.outputs
    return errors[0]


def _traceback(error) -> str:
    return ANSI.sub("", "\n".join(error.traceback))


def _corpus_case(name):
    sys.path.insert(0, str(CORPUS))
    try:
        import score
    finally:
        sys.path.remove(str(CORPUS))
    return score.parse_case(CORPUS / f"{name}.py")


CASE = "feed_mismatch__integer_labels_into_one_hot_placeholder"


def test_a_corpus_failure_carries_the_note_in_its_error_output(monkeypatch):
    """Auto mode on a real corpus case: the error output (what /fix, papermill and logs read)
    quotes the cause line, in another cell, by its In[k]; ename/evalue are TensorFlow's; Run-All
    still stops; without tfmagic the same cells give no note."""
    case = _corpus_case(CASE)
    cells = _run_notebook(["%load_ext tfmagic\n%tfcheck on", *case.cells, "after = 1"],
                          monkeypatch)
    failing = cells[-2]
    error = _error(failing)
    assert error.ename == "ValueError"
    assert error.evalue.startswith("Cannot feed value of shape (64,)")
    traceback = _traceback(error)
    assert traceback.count("tfmagic:") == 1
    note_lines = traceback[traceback.index("tfmagic:"):].splitlines()
    assert note_lines[0].startswith("tfmagic: feed_mismatch: ")
    # The cause as "In[k] line N: code", k a cell of this notebook, (cell, N) one of the
    # case's cause citations (plain cells: the editor's line is the body line).
    cited = [re.match(r"  cause: In\[(\d+)\] line (\d+)(?: \(where it raised\))?: (.*)$", line)
             for line in note_lines]
    cited = [m for m in cited if m]
    assert len(cited) == 1, note_lines
    number, line, code = int(cited[0].group(1)), int(cited[0].group(2)), cited[0].group(3)
    index = [cell.execution_count for cell in cells].index(number)   # notebook cell index
    assert code == case.cells[index - 1].splitlines()[line - 1].strip()   # the line it names
    if IPython.version_info[0] >= 8:
        # On this stack the report names one of the case's causes, in an earlier cell. (On
        # Colab's, TF 2.20 with IPython 7.34, the cited line is checked against the code only:
        # the note quotes whatever line the card marks.)
        assert (index, line) in case.causes   # cell 0 is the %load_ext cell: index = case cell
    assert cells[-1].execution_count is None   # Run-All stopped at the failing cell
    assert "tfmagic/" not in traceback          # no tfmagic frame

    # jupyter-ai's /fix prompt, built from the failing cell and its error output, holds the
    # cause line's code, which is in another cell.
    prompt = FIX_STRING_TEMPLATE.format(extra_instructions="", cell_content=failing.source,
                                        traceback=traceback, error_name=error.ename,
                                        error_value=error.evalue)
    assert code in prompt
    if index != len(cells) - 2:   # a cause in another cell: the note is all the prompt has of it
        assert code not in failing.source

    plain = _run_notebook(list(case.cells), monkeypatch)
    plain_error = _error(plain[-1])
    assert (plain_error.ename, plain_error.evalue) == (error.ename, error.evalue)
    assert "tfmagic" not in _traceback(plain_error)


def test_note_in_tfcheck_cells_once_per_exception_and_the_setting(monkeypatch):
    cells = _run_notebook([
        "%load_ext tfmagic\nimport tensorflow as tf\nw = tf.ones([2, 3])",
        "%%tfcheck\nx = tf.ones([4, 5])\ntry:\n    y = tf.matmul(x, w)\n"
        "except Exception as exc:\n    saved = exc\n    raise",
        "%tfcheck on",
        "raise saved",                      # re-raised, reported again: still one note
        "%config TFMagics.note = False",
        "%%tfcheck\nz = tf.matmul(tf.ones([4, 5]), w)",
        "after = 1",
    ], monkeypatch, tags=[1, 3])
    first = _traceback(_error(cells[1]))
    assert first.count("tfmagic:") == 1
    assert f"  cause: In[{cells[1].execution_count}] line 4 (where it raised): " \
           "y = tf.matmul(x, w)" in first
    assert _traceback(_error(cells[3])).count("tfmagic:") == 1
    off = _error(cells[5])
    assert off.ename == "InvalidArgumentError" and "tfmagic" not in _traceback(off)
    reports = [o for o in cells[5].outputs if o.output_type == "display_data"]
    assert len(reports) == 1   # the card still shows; only the note is off
    assert cells[6].execution_count is None
