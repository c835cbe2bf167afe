"""Run cells in a fresh IPython shell, in this process or in a child process.

Graph mode (``disable_eager_execution``), ``TF_USE_LEGACY_KERAS`` and logical devices are
process-wide and cannot be undone, so tests that touch them run their cells in a child process
through ``run_isolated``; the child prints one JSON document describing every cell. A child
costs seconds (importing TensorFlow and Keras), so ``run_batch`` runs several notebook sessions
that need the same switches in one child, each in a fresh shell (``forget_session`` between).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from IPython.core.displaypub import CapturingDisplayPublisher
from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config

GOLDEN_WIDTH = 100  # tests/golden/*.txt are drawn at this width, whatever the terminal's


def fresh_shell() -> InteractiveShell:
    """A new InteractiveShell with history off and display outputs captured."""
    InteractiveShell.clear_instance()
    config = Config()
    config.HistoryManager.enabled = False
    config.HistoryManager.hist_file = ":memory:"
    shell = InteractiveShell.instance(config=config)
    shell.display_pub = CapturingDisplayPublisher()
    shell.display_pub.shell = shell
    return shell


def cell_outcome(shell, cell: str) -> dict:
    """Run one cell with history on (so In[N] counts) and describe what happened."""
    import tfmagic
    from tfmagic import render

    before = tfmagic.last_report()
    graph_before = tfmagic.last_graph_report()
    shown = len(shell.display_pub.outputs)
    result = shell.run_cell(cell, store_history=True)
    report = tfmagic.last_report()
    graph_report = tfmagic.last_graph_report()
    error = result.error_in_exec or result.error_before_exec
    outputs = shell.display_pub.outputs[shown:]
    return {
        "success": result.success,
        "error_type": type(error).__name__ if error is not None else None,
        "error_message": str(error) if error is not None else None,
        "report": report.to_dict() if report is not None and report is not before else None,
        # The plain-text report at the golden width (tests/golden.py compares it to a file).
        "report_text": (render.report_text(report, render.View(width=GOLDEN_WIDTH, color=False))
                        if report is not None and report is not before else None),
        "html": [o["data"].get("text/html", "") for o in outputs],
        "text": [o["data"].get("text/plain", "") for o in outputs],
        # The GraphReport of a %tfgraph run in this cell (None when the cell ran none).
        "graph_report": (graph_report.to_dict() if graph_report is not None
                         and graph_report is not graph_before else None),
    }


def first_error_of_checked_cells(shell, *cells: str) -> tuple[list[dict], dict]:
    """Run each cell under ``%%tfcheck``: all but the last must succeed, the last must fail;
    (every outcome, the last report's first error finding)."""
    outcomes = [cell_outcome(shell, "%%tfcheck\n" + cell) for cell in cells]
    for earlier in outcomes[:-1]:
        assert earlier["success"], earlier["error_message"]
    last = outcomes[-1]
    assert not last["success"]
    errors = [f for f in last["report"]["findings"] if f["severity"] == "error"]
    return outcomes, errors[0]


def forget_session(shell) -> None:
    """Drop what one notebook session left in this process, as a kernel restart would, so that
    the next fresh shell's cells run as in a new process: the extension (every patch undone),
    open TF1 sessions (an ``InteractiveSession`` stays the default session until closed), the
    user's namespace, the last traceback, Keras' layer-name counters and TensorFlow's default
    graph. What cannot be undone (graph mode, legacy Keras, logical devices) is the caller's
    job: only cases that share those switches may share a process (``run_batch``)."""
    import gc

    shell.run_line_magic("unload_ext", "tfmagic")
    shell.user_ns.clear()
    shell.user_ns_hidden.clear()
    sys.last_type = sys.last_value = sys.last_traceback = None
    shell.last_execution_result = None  # its exception's traceback holds the cells' frames
    if "tensorflow" in sys.modules:
        import tensorflow as tf

        session_types = (tf.compat.v1.Session, tf.compat.v1.InteractiveSession)
        for obj in gc.get_objects():
            try:
                open_session = isinstance(obj, session_types)
            except ReferenceError:  # a weak proxy whose object is gone
                continue
            if open_session:
                obj.close()  # a no-op on a closed session
        for keras_name in ("keras", "tf_keras"):
            if keras_name in sys.modules:
                sys.modules[keras_name].backend.clear_session()
        tf.compat.v1.reset_default_graph()
    gc.collect()


def run_in_fresh_shell(cells: list[str]) -> list[dict]:
    """Run ``cells`` in a new shell with tfmagic loaded; forget that shell afterwards."""
    shell = fresh_shell()
    shell.run_line_magic("load_ext", "tfmagic")
    try:
        return [cell_outcome(shell, cell) for cell in cells]
    finally:
        forget_session(shell)


CHILD = """
import json, sys
sys.path.insert(0, {tests_dir!r})
from shellrun import run_in_fresh_shell
batch = json.loads(sys.stdin.read())
out = [run_in_fresh_shell(cells) for cells in batch]
sys.stdout.write("\\n@@TFMAGIC-JSON@@" + json.dumps(out, default=str))
"""


def run_batch(batch: list[list[str]], env: dict | None = None,
              timeout: int | None = None) -> list[list[dict]]:
    """Run each list of cells in ``batch`` in its own fresh shell, one after the other, in ONE
    child process; return one list of outcomes per list of cells.

    One process for many cases saves a TensorFlow import each (a child costs 5-15 s on the
    shared 2-core machine, most of it importing TensorFlow and Keras). Only cases that need the
    same process-wide switches may share a batch."""
    child_env = dict(os.environ)
    child_env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    child_env.update(env or {})
    code = textwrap.dedent(CHILD).format(tests_dir=os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(batch),
                          capture_output=True, text=True, env=child_env,
                          timeout=timeout or 240 + 60 * len(batch))
    marker = "@@TFMAGIC-JSON@@"
    if marker not in proc.stdout:
        raise AssertionError(f"child failed (rc={proc.returncode}):\n{proc.stdout[-3000:]}\n"
                             f"{proc.stderr[-5000:]}")
    # raw_decode: anything the child prints after the document (exit-time logs) is ignored.
    return json.JSONDecoder().raw_decode(proc.stdout.split(marker, 1)[1])[0]


def run_isolated(cells: list[str], env: dict | None = None, timeout: int = 300) -> list[dict]:
    """Run ``cells`` in a child process with a fresh shell; return one outcome per cell."""
    return run_batch([cells], env=env, timeout=timeout)[0]
