"""How long tfmagic takes to diagnose and render a failing cell (goal: <= 150 ms).

The graph holds 1,000 variables recorded by an earlier %%tfcheck cell; the failing cell reads
one that was never initialized. Timed: building the Report (ledger finalize, evidence,
rules) and rendering it (HTML + text), the work tfmagic adds to a failure. Median of runs,
each in the same process. Run: ``.venv/bin/python bench/bench_diagnosis.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from shellrun import fresh_shell  # noqa: E402

from tfmagic import check, render  # noqa: E402

VARIABLES = int(os.environ.get("BENCH_VARIABLES", "1000"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def main() -> None:
    shell = fresh_shell()
    shell.run_line_magic("load_ext", "tfmagic")
    shell.run_cell("import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()")
    shell.run_cell(f"%%tfcheck -q\nws = [tf.Variable(tf.zeros([4]), name=f'v{{i}}') "
                   f"for i in range({VARIABLES})]\nsess = tf.Session()\n", store_history=True)
    timings = {"report": [], "render": []}
    original_failure = check.CellCheck.failure_report
    original_bundle = render.report_bundle

    def timed_failure(self, exc):
        start = time.perf_counter()
        try:
            return original_failure(self, exc)
        finally:
            timings["report"].append(time.perf_counter() - start)

    def timed_bundle(report, view=None):
        start = time.perf_counter()
        try:
            return original_bundle(report, view)
        finally:
            timings["render"].append(time.perf_counter() - start)

    check.CellCheck.failure_report = timed_failure
    render.report_bundle = timed_bundle
    cells = {
        "variables made in an earlier cell":
            "%%tfcheck\nvalue = sess.run(ws[7])\n",
        "variables made in the failing cell":
            f"%%tfcheck\nmore = [tf.Variable(tf.zeros([4]), name=f'u{{i}}') "
            f"for i in range({VARIABLES})]\ns2 = tf.Session()\ns2.run(more[3])\n",
    }
    print("| case | median | report / render | first run | goal |")
    print("|---|---|---|---|---|")
    for label, cell in cells.items():
        timings["report"].clear()
        timings["render"].clear()
        for _ in range(RUNS):
            result = shell.run_cell(cell, store_history=True)
            assert result.error_in_exec is not None
        totals = [a + b for a, b in zip(timings["report"], timings["render"])]
        print(f"| diagnose + render, {VARIABLES} graph variables, {label} | "
              f"{statistics.median(totals) * 1000:.0f} ms | "
              f"{statistics.median(timings['report']) * 1000:.0f} / "
              f"{statistics.median(timings['render']) * 1000:.0f} ms | "
              f"{totals[0] * 1000:.0f} ms | <= 150 ms |")


if __name__ == "__main__":
    main()
