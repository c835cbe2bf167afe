"""The graph-mode `sess.run` loop of bench_ledger.py, plain against `%%tfcheck` only (two-way A/B,
no third variant between them), plus the fixed cost of an empty cell: a cross-check of
bench_ledger.py's three-way interleave (plain / %%tfcheck / settrace), whose graph-loop ratio
moved between 0.95 and 1.07 from run to run on the same code. A second table times single
``sess.run`` calls from inside the cell (a ``no_op``, then the training step), so the session
hook's own cost per call is read without the cell's fixed cost.
Run: ``PYTHONPATH=. .venv/bin/python bench/bench_graph_ab.py``. Prints medians; asserts nothing.
"""

import os
import statistics
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_ledger  # noqa: E402

REPS = int(os.environ.get("BENCH_RUNS", "15"))


def timed(shell, source: str) -> float:
    start = time.perf_counter()
    shell.run_cell(source)
    return time.perf_counter() - start


def main() -> None:
    shell = bench_ledger.new_shell()
    bench_ledger.run_checked(shell, bench_ledger.GRAPH_SETUP)
    print("| cell | plain (ms) | %%tfcheck (ms) | ratio of medians | median paired ratio |")
    print("|---|---|---|---|---|")
    for label, body in (("empty cell (`pass`)", "pass\n"),
                        ("2,000-step graph loop", bench_ledger.GRAPH_LOOP.format(steps=2000))):
        plain, checked = [], []
        for _ in range(REPS):
            plain.append(timed(shell, body))
            checked.append(timed(shell, "%%tfcheck\n" + body))
        p, c = statistics.median(plain), statistics.median(checked)
        paired = statistics.median(b / a for a, b in zip(plain, checked))
        print(f"| {label} | {p * 1e3:.2f} | {c * 1e3:.2f} | {c / p:.3f} | {paired:.3f} |")
    per_call_table(shell)


PER_CALL = """import time as _clock
_start = _clock.perf_counter()
for _ in range({calls}):
    sess.run({fetch})
per_call.append((_clock.perf_counter() - _start) / {calls} * 1e6)
"""


def per_call_table(shell, calls: int = 5000) -> None:
    shell.run_cell("noop = tf.no_op()")
    print("\n| sess.run of | plain (µs a call) | %%tfcheck (µs a call) | median paired difference (µs) |")
    print("|---|---|---|---|")
    for label, fetch in (("a `no_op`", "noop"), ("the training step", "[train_op, loss_t], feed")):
        body = PER_CALL.format(calls=calls, fetch=fetch)
        plain, checked = [], []
        for _ in range(REPS):
            for cell, into in ((body, plain), ("%%tfcheck -q\n" + body, checked)):
                shell.user_ns["per_call"] = []
                shell.run_cell(cell)
                into.append(shell.user_ns["per_call"][0])
        diff = statistics.median(b - a for a, b in zip(plain, checked))
        print(f"| {label} | {statistics.median(plain):.1f} | {statistics.median(checked):.1f} "
              f"| {diff:.1f} |")


if __name__ == "__main__":
    main()
