"""Per-tape cost of the GradientTape timeline hooks, the one timeline hook on an eager training
step's path: 20,000 empty ``with tf.GradientTape():`` blocks inside a ``%%tfcheck`` cell, with
and without the tape hooks, interleaved (order alternating), median of ``--reps`` paired
differences. An empty tape is the worst case: a real step adds milliseconds of work around it.

    PYTHONPATH=. .venv/bin/python bench/bench_tape.py

Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests"))

CELL = """%%tfcheck -q
_t0 = time.perf_counter()
for _ in range({tapes}):
    with tf.GradientTape() as _tape:
        pass
_elapsed = time.perf_counter() - _t0
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tapes", type=int, default=20_000)
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()

    from shellrun import fresh_shell

    from tfmagic._tf import timeline_hooks

    shell = fresh_shell()
    shell.run_line_magic("load_ext", "tfmagic")
    shell.run_cell("import tensorflow as tf, time")
    full = timeline_hooks.INSTALLERS
    without = tuple(i for i in full if i is not timeline_hooks._tape_hooks)
    times = {"on": [], "off": []}
    cell = CELL.format(tapes=args.tapes)
    for rep in range(args.reps):
        variants = [("on", full), ("off", without)]
        for label, installers in variants if rep % 2 == 0 else variants[::-1]:
            timeline_hooks.INSTALLERS = installers
            try:
                shell.run_cell(cell)
            finally:
                timeline_hooks.INSTALLERS = full
            times[label].append(shell.user_ns["_elapsed"] / args.tapes * 1e6)
    extra = statistics.median(a - b for a, b in zip(times["on"], times["off"]))
    print(f"µs per empty tape (open + close), median of {args.reps}: with the tape hooks "
          f"{statistics.median(times['on']):.2f}, without {statistics.median(times['off']):.2f}; "
          f"median paired extra {extra:.2f} µs per tape")


if __name__ == "__main__":
    main()
