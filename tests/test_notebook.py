"""%%tfcheck in a real Jupyter kernel (ipykernel through nbclient), as `make demo` and Run-All use
it: a failing %%tfcheck cell must fail the cell (so Run-All stops there) with the original
exception, after displaying the report.

A nested ``run_cell`` would make the kernel report success and Run-All carry on; only a real
kernel shows that, so this test starts one.
"""

from __future__ import annotations

import json
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


# --------------------------------------------------------------------------- always-on mode

AUTO_CELLS = [
    # What the extension itself registers for its lifetime (IPython < 8: the cell-name hook),
    # so the "off" cell can tell auto mode's hooks from it.
    ("load", "%load_ext tfmagic\n"
             "_extension_hooks = [cb for name in ('pre_run_cell', 'post_run_cell')\n"
             "                    for cb in get_ipython().events.callbacks[name]]"),
    ("setup", "import tensorflow as tf\nw = tf.Variable(tf.ones([2, 3]), name='w')"),
    # A failure in a cell that ran without tfmagic; the tag lets the notebook go on.
    ("plain_failure", "x = tf.ones([4, 5])\ny = tf.matmul(x, w)"),
    ("post_mortem", "%tfcheck -o pm\nprint(pm.findings[0].kind, pm.findings[0].line)"),
    ("on", "%tfcheck on"),
    ("passing", "total = float(tf.reduce_sum(w))\ntotal"),
    ("warning", "with tf.device('/GPU:0'):\n    on_gpu = tf.Variable(1.0)"),
    ("off", "%tfcheck off\n"
            "import json, sys\nfrom tfmagic._tf import patches\nip = get_ipython()\n"
            "print(json.dumps({\n"
            "    'callbacks': [repr(cb) for name in ('pre_run_cell', 'post_run_cell')\n"
            "                  for cb in ip.events.callbacks[name]\n"
            "                  if 'tfmagic' in repr(cb) and cb not in _extension_hooks],\n"
            "    'showtraceback': 'showtraceback' in ip.__dict__,\n"
            "    'patches': patches.active_patch_count(),\n"
            "    'finders': [repr(f) for f in sys.meta_path\n"
            "                if type(f).__module__.startswith('tfmagic')]}))"),
    ("on_again", "%tfcheck on"),
    ("one_cell", "%%tfcheck\nz = tf.Variable(tf.zeros([3]), name='z')"),
    ("auto_failure", "x = tf.ones([4, 5])\ny = tf.matmul(x, w)"),
    ("later", "later_cell_ran = True"),
]


def test_always_on_mode_in_a_real_kernel(monkeypatch):
    """%tfcheck on: a failing plain cell shows its report above the traceback and still stops
    Run-All; passing cells show nothing (warnings aside); off removes every hook; the
    post-mortem explains a failure from a cell that ran without tfmagic."""
    monkeypatch.setenv("JUPYTER_PATH", os.path.join(sys.prefix, "share", "jupyter"))
    monkeypatch.setenv("TF_CPP_MIN_LOG_LEVEL", "2")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for _, source in AUTO_CELLS]
    cells = {name: cell for (name, _), cell in zip(AUTO_CELLS, nb.cells)}
    cells["plain_failure"].metadata["tags"] = ["raises-exception"]
    client = NotebookClient(nb, timeout=300, kernel_name="python3")
    with pytest.raises(CellExecutionError) as raised:
        client.execute()
    assert raised.value.ename == "InvalidArgumentError"

    def shown(cell):
        return [o for o in _outputs_of_type(cell, "display_data")
                if "tfmagic" in o.data.get("text/html", "")]

    # The failure without tfmagic: IPython's traceback only; the post-mortem explains it.
    plain = cells["plain_failure"]
    assert shown(plain) == [] and len(_outputs_of_type(plain, "error")) == 1
    post = cells["post_mortem"]
    assert len(shown(post)) == 1
    html = shown(post)[0].data["text/html"]
    assert f"In[{plain.execution_count}]" in html and "not recording" in html
    assert "".join(o.text for o in _outputs_of_type(post, "stream")).strip() == \
        "shape_mismatch 2"

    passing = cells["passing"]
    assert passing.outputs == [o for o in passing.outputs if o.output_type == "execute_result"]
    assert passing.outputs[0].data["text/plain"] == "6.0"
    warning = cells["warning"]
    assert len(shown(warning)) == 1 and "device_placement" in \
        shown(warning)[0].data["text/plain"]

    hooks = json.loads("".join(o.text for o in _outputs_of_type(cells["off"], "stream")))
    assert hooks == {"callbacks": [], "showtraceback": False, "patches": 0, "finders": []}

    assert len(shown(cells["one_cell"])) == 1  # %%tfcheck with auto on: one report

    failing = cells["auto_failure"]
    errors = _outputs_of_type(failing, "error")
    assert len(errors) == 1 and errors[0].ename == "InvalidArgumentError"
    traceback = ANSI.sub("", "\n".join(errors[0].traceback))
    if int(IPython.__version__.split(".")[0]) >= 8:
        assert f"Cell In[{failing.execution_count}], line 2" in traceback
    else:  # IPython 7 (Colab) names the file and marks the line with an arrow
        assert re.search(r"----> 2 y = tf\.matmul\(x, w\)", traceback), traceback
    assert "tfmagic/" not in traceback  # no frame of tfmagic (its note may follow)
    reports = shown(failing)
    assert len(reports) == 1 and f"In[{failing.execution_count}]" in reports[0].data["text/html"]
    assert failing.outputs.index(reports[0]) < failing.outputs.index(errors[0])

    later = cells["later"]
    assert later.outputs == [] and later.execution_count is None
