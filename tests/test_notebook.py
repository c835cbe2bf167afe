"""%%tfcheck in a real Jupyter kernel (ipykernel through nbclient), as `make demo` and Run-All use
it: a failing %%tfcheck cell must fail the cell (so Run-All stops there) with the original
exception, after displaying the report.

A nested ``run_cell`` would make the kernel report success and Run-All carry on; only a real
kernel shows that, so this test starts one.
"""

from __future__ import annotations

import os
import re
import sys

import IPython
import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ANSI = re.compile(r"\x1b\[[0-9;]*m")

CELLS = [
    "import sys\nprint(sys.executable)",
    "%load_ext tfmagic",
    "%%tfcheck\n"
    "import tensorflow as tf\n"
    "w = tf.Variable(tf.ones([2, 3]), name='w')\n"
    "total = float(tf.reduce_sum(w))\n"
    "total",
    "%%tfcheck\n"
    "x = tf.ones([4, 5])\n"
    "y = tf.matmul(x, w)  # (4, 5) @ (2, 3): inner dimensions differ\n",
    "later_cell_ran = True",
]


def _outputs_of_type(cell, output_type):
    return [o for o in cell.outputs if o.output_type == output_type]


def test_failing_cell_stops_the_notebook_after_showing_the_report(monkeypatch):
    # Look up kernelspecs in this interpreter's prefix first, so "python3" is the venv's
    # ipykernel even when the user has another "python3" kernelspec in ~/.local/share/jupyter.
    monkeypatch.setenv("JUPYTER_PATH", os.path.join(sys.prefix, "share", "jupyter"))
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    client = NotebookClient(nb, timeout=300, kernel_name="python3")
    with pytest.raises(CellExecutionError) as raised:
        client.execute()
    assert raised.value.ename == "InvalidArgumentError"

    where, _, passing, failing, later = nb.cells
    streams = "".join(o.text for o in _outputs_of_type(where, "stream"))
    assert os.path.realpath(streams.strip()) == os.path.realpath(sys.executable)

    results = _outputs_of_type(passing, "execute_result")
    assert len(results) == 1 and results[0].data["text/plain"] == "6.0"
    shown = _outputs_of_type(passing, "display_data")
    assert len(shown) == 1 and "tfmagic" in shown[0].data["text/html"]

    errors = _outputs_of_type(failing, "error")
    assert len(errors) == 1
    assert errors[0].ename == "InvalidArgumentError"
    assert "Matrix size-incompatible" in errors[0].evalue
    traceback = ANSI.sub("", "\n".join(errors[0].traceback))
    if int(IPython.__version__.split(".")[0]) >= 8:
        assert f"Cell In[{failing.execution_count}], line 3" in traceback  # the editor's numbers
    else:  # IPython 7 (Colab) names the file and marks the line with an arrow
        assert re.search(r"----> 3 y = tf\.matmul\(x, w\)", traceback), traceback
    assert "tf.matmul(x, w)" in traceback
    assert "runner.py" not in traceback and "magics.py" not in traceback
    reports = [o for o in _outputs_of_type(failing, "display_data")
               if "tfmagic" in o.data.get("text/html", "")]
    assert len(reports) == 1
    assert "InvalidArgumentError" in reports[0].data["text/html"]
    assert f"In[{failing.execution_count}]" in reports[0].data["text/html"]
    assert failing.outputs.index(reports[0]) < failing.outputs.index(errors[0])

    assert later.outputs == []
    assert later.execution_count is None
