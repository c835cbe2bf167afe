"""What the session hook adds to one ``sess.run``, measured on its own (issue 19, item 4).

The loop benches judge whole cells across processes, where a 1 % effect drowns in the process
bias (their null control spreads ±5 %). The hook's own price is small, deterministic Python
work, so it is timed here directly, as the minimum of many repeats (the least disturbed run),
in one ``%%tfcheck`` cell of a real ``InteractiveShell`` on the short SGD step of
``bench_ledger.GRAPH_SHORT_SETUP``:

* ``on_run``: the ledger's callback after each ``sess.run`` (``Ledger._on_session_run``) on the
  step's fetches ``[train_op, loss_t]``;
* wrapper: ``sess.run([])`` through the hook against the unwrapped ``BaseSession.run`` (the
  extra frame and the callback on an empty fetch list), to which the step's fetches add
  ``on_run`` on them less ``on_run`` on an empty list;
* the step itself, unwrapped, and the ratio (step + added) / step that a loop of such steps
  pays.

Run: ``PYTHONPATH=. .venv/bin/python bench/bench_session_hook.py`` (about 1 minute; put another
checkout first on ``PYTHONPATH`` to time its hook). Prints one markdown row; asserts nothing.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_ledger  # noqa: E402

CELL = """%%tfcheck -q
import timeit as _timeit
from tensorflow.python.client import session as _session
_hooked = _session.BaseSession.__dict__["run"]
_unwrapped = _hooked.__wrapped__
_on_run = dict(zip(_hooked.__code__.co_freevars,
                   (c.cell_contents for c in _hooked.__closure__)))["on_run"]
_fetches = [train_op, loss_t]
def _least(fn, number, repeat):
    return min(_timeit.repeat(fn, number=number, repeat=repeat)) / number * 1e6
hook_result = {
    "on_run": _least(lambda: _on_run(sess, _fetches), 20000, 30),
    "on_run_empty": _least(lambda: _on_run(sess, []), 20000, 30),
    "empty_hooked": _least(lambda: _hooked(sess, []), 5000, 20),
    "empty_unwrapped": _least(lambda: _unwrapped(sess, []), 5000, 20),
    "step": _least(lambda: _unwrapped(sess, _fetches, feed), 1000, 15),
}
"""


def main() -> None:
    from IPython.testing.globalipapp import start_ipython

    shell = start_ipython()
    shell.run_line_magic("load_ext", "tfmagic")
    shell.run_cell(bench_ledger.GRAPH_SHORT_SETUP)
    shell.run_cell(CELL)
    r = shell.user_ns["hook_result"]
    frame = r["empty_hooked"] - r["empty_unwrapped"]
    # the hook on the step = the hook on an empty fetch list + what the step's fetches add
    added = frame + r["on_run"] - r["on_run_empty"]
    print("| `on_run`, step's fetches (µs) | `sess.run([])` hooked − unwrapped (µs) | "
          "added to a step (µs) | short SGD step, unwrapped (µs) | (step + added) / step |")
    print("|---|---|---|---|---|")
    print(f"| {r['on_run']:.2f} | {frame:.2f} | {added:.2f} | {r['step']:.1f} | "
          f"{(r['step'] + added) / r['step']:.4f} |")


if __name__ == "__main__":
    main()
