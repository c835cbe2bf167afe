"""Run cells in a fresh IPython shell, in this process or in a child process.

Graph mode (``disable_eager_execution``), ``TF_USE_LEGACY_KERAS`` and logical devices are
process-wide and cannot be undone, so tests that touch them run their cells in a child process
through ``run_isolated``; the child prints one JSON document describing every cell.
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
        "html": [o["data"].get("text/html", "") for o in outputs],
        "text": [o["data"].get("text/plain", "") for o in outputs],
        # The GraphReport of a %tfgraph run in this cell (None when the cell ran none).
        "graph_report": (graph_report.to_dict() if graph_report is not None
                         and graph_report is not graph_before else None),
    }


CHILD = """
import json, sys
sys.path.insert(0, {tests_dir!r})
from shellrun import fresh_shell, cell_outcome
shell = fresh_shell()
shell.run_line_magic("load_ext", "tfmagic")
cells = json.loads(sys.stdin.read())
out = [cell_outcome(shell, cell) for cell in cells]
sys.stdout.write("\\n@@TFMAGIC-JSON@@" + json.dumps(out, default=str))
"""


def run_isolated(cells: list[str], env: dict | None = None, timeout: int = 300) -> list[dict]:
    """Run ``cells`` in a child process with a fresh shell; return one outcome per cell."""
    child_env = dict(os.environ)
    child_env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    child_env.update(env or {})
    code = textwrap.dedent(CHILD).format(tests_dir=os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(cells),
                          capture_output=True, text=True, env=child_env, timeout=timeout)
    marker = "@@TFMAGIC-JSON@@"
    if marker not in proc.stdout:
        raise AssertionError(f"child failed (rc={proc.returncode}):\n{proc.stdout[-3000:]}\n"
                             f"{proc.stderr[-5000:]}")
    # raw_decode: anything the child prints after the document (exit-time logs) is ignored.
    return json.JSONDecoder().raw_decode(proc.stdout.split(marker, 1)[1])[0]
