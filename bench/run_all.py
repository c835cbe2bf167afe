"""Run every benchmark in bench/, one after the other (``make bench``).

Each script measures its goal side by side in one run and prints (and where it says so,
writes) a markdown table; none of them asserts anything. Run them on a quiet machine: the
ratios are medians of interleaved runs, but two cores shared with other work still move them.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent
SCRIPTS = ["bench_diagnosis.py", "bench_long_cell.py", "bench_tfgraph.py", "bench_ledger.py",
           "bench_auto.py", "bench_tape.py", "bench_loop_overhead.py", "bench_session_hook.py"]


def main() -> int:
    status = 0
    for script in SCRIPTS:
        print(f"\n## {script}\n", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / script)])
    return status


if __name__ == "__main__":
    sys.exit(main())
