"""A failing 5,000-line %%tfcheck cell: report size (goal < 50 kB) and the time to build and
render it (goal <= 150 ms), side by side with the same failure in a 12-line cell.

The long cell is 5,000 lines of plain assignments with a shape mismatch (``tf.matmul``) at line
4,990. Timed: building the Report (evidence, rules) and rendering it (HTML + text), the work
tfmagic adds to a failure. The listing folds everything but the marked lines and their context,
so the size does not grow with the cell. Prints a markdown table; asserts nothing (the size bound
is asserted by tests/test_render.py).
Run: ``PYTHONPATH=. .venv/bin/python bench/bench_long_cell.py``.
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))

from shellrun import fresh_shell  # noqa: E402

from tfmagic import check, render  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
LINES = int(os.environ.get("BENCH_LINES", "5000"))


def failing_cell(lines: int) -> str:
    """``lines`` body lines; the matmul with mismatched inner dimensions is 10 lines from the
    end."""
    body = ["inputs = tf.ones([4, 5])"]
    body += [f"step_{i} = {i} * 2 + len('padding line {i}')" for i in range(2, lines - 10)]
    body += ["logits = tf.matmul(inputs, tf.ones([3, 2]))"]
    body += [f"after_{i} = {i}" for i in range(lines - len(body))]
    return "%%tfcheck\n" + "\n".join(body) + "\n"


def main() -> None:
    shell = fresh_shell()
    shell.run_line_magic("load_ext", "tfmagic")
    shell.run_cell("import tensorflow as tf")
    timings = {"report": [], "render": []}
    sizes = {}
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
            bundle = original_bundle(report, view)
        finally:
            timings["render"].append(time.perf_counter() - start)
        sizes["html"] = len(bundle["text/html"].encode())
        sizes["text"] = len(bundle["text/plain"].encode())
        return bundle

    check.CellCheck.failure_report = timed_failure
    render.report_bundle = timed_bundle
    cells = {f"{LINES}-line cell": failing_cell(LINES), "12-line cell": failing_cell(12)}
    medians = {}
    rows = []
    for _ in range(RUNS):  # interleaved, so load on the machine hits both alike
        for label, cell in cells.items():
            with contextlib.redirect_stdout(io.StringIO()):  # the tracebacks
                result = shell.run_cell(cell, store_history=True)
            assert result.error_in_exec is not None
            medians.setdefault(label, []).append(timings["report"][-1] + timings["render"][-1])
            medians.setdefault(label + " report", []).append(timings["report"][-1])
            medians.setdefault(label + " render", []).append(timings["render"][-1])
            medians[label + " sizes"] = dict(sizes)
    print("| case | diagnose + render (median) | report / render | HTML | text | goal |")
    print("|---|---|---|---|---|---|")
    for label in cells:
        rows.append(statistics.median(medians[label]))
        size = medians[label + " sizes"]
        print(f"| {label} | {rows[-1] * 1000:.0f} ms | "
              f"{statistics.median(medians[label + ' report']) * 1000:.0f} / "
              f"{statistics.median(medians[label + ' render']) * 1000:.0f} ms | "
              f"{size['html'] / 1000:.1f} kB | {size['text'] / 1000:.1f} kB | "
              "<= 150 ms, < 50 kB |")
    print(f"\nlong / short time ratio: {rows[0] / rows[1]:.2f}")


if __name__ == "__main__":
    main()
