"""Benchmark: ``%tfgraph`` on a graph with many variables, half of them initialized.

Not a test. For each variable kind (resource variables after ``disable_eager_execution()``,
reference variables after ``disable_v2_behavior()``) a child process builds one graph with N
variables, opens three sessions on it and initializes the same half in each; then, side by side
in that one process:

* ``%tfgraph --session sess_a``            (the whole magic: inspect + render, display captured)
* ``probe.session_variable_states``     (the end-of-cell check: one session.run of all checks)
* ``tf.compat.v1.report_uninitialized_variables()`` built and run in ``sess_c``

Each is timed on its first call and then repeated (median of 5). Each method gets its own
session, so no method warms another's executor cache; ``%tfgraph`` runs first, before the other
two add their check ops to the graph.

    .venv/bin/python bench/bench_tfgraph.py            # N = 10000
    .venv/bin/python bench/bench_tfgraph.py 2000       # smaller N
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPEATS = 5

CHILD = r"""
import json, os, statistics, sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, os.path.join({root!r}, "tests"))
from shellrun import fresh_shell
import tensorflow as tf
kind, n, repeats = {kind!r}, {n}, {repeats}
if kind == "ref":
    tf.compat.v1.disable_v2_behavior()
else:
    tf.compat.v1.disable_eager_execution()
shell = fresh_shell()
shell.run_line_magic("load_ext", "tfmagic")
from tfmagic._tf import probe
variables = [tf.compat.v1.Variable(tf.zeros([2]), name=f"v{{i}}") for i in range(n)]
half = tf.compat.v1.variables_initializer(variables[::2])
sessions = [tf.compat.v1.Session() for _ in range(3)]
for s in sessions:
    s.run(half)
shell.user_ns.update(sess_a=sessions[0], tf=tf)
graph = tf.compat.v1.get_default_graph()
ops_before = len(graph.get_operations())

def timed(fn):
    start = time.perf_counter(); value = fn(); return time.perf_counter() - start, value

def measure(fn):
    first, value = timed(fn)
    again = [timed(fn)[0] for _ in range(repeats)]
    return first, statistics.median(again), value

def tfgraph():
    shell.run_line_magic("tfgraph", "--session sess_a -o rep")
    return len(shell.user_ns["rep"].uninitialized)

rows = {{}}
rows["%tfgraph"] = measure(tfgraph)
ops_after_tfgraph = len(graph.get_operations())
rows["session_variable_states"] = measure(
    lambda: sum(not s[0] for s in probe.session_variable_states(sessions[1], variables).values()))
report_op = None
def report_uninitialized():
    global report_op
    if report_op is None:
        report_op = tf.compat.v1.report_uninitialized_variables()
    return len(sessions[2].run(report_op))
rows["report_uninitialized_variables"] = measure(report_uninitialized)
print("@@BENCH@@" + json.dumps({{
    "kind": type(variables[0]).__name__, "n": n, "tf": tf.__version__,
    "ops_added_by_tfgraph": ops_after_tfgraph - ops_before,
    "rows": {{name: {{"first": f, "repeat": r, "uninitialized": v}}
             for name, (f, r, v) in rows.items()}}}}))
"""


def run(kind: str, n: int) -> dict:
    code = CHILD.format(root=ROOT, kind=kind, n=n, repeats=REPEATS)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    if "@@BENCH@@" not in proc.stdout:
        raise SystemExit(f"benchmark child failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.split("@@BENCH@@", 1)[1])


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    print(f"%tfgraph benchmark: {n} variables, half initialized; first call and median of "
          f"{REPEATS} repeats (seconds); ratio = method / report_uninitialized_variables\n")
    print("| variables | method | first (s) | repeat (s) | first ratio | repeat ratio | "
          "uninitialized found |")
    print("|---|---|---|---|---|---|---|")
    started = time.perf_counter()
    for kind in ("resource", "ref"):
        result = run(kind, n)
        rows = result["rows"]
        base = rows["report_uninitialized_variables"]
        for name, row in rows.items():
            print(f"| {result['kind']} | {name} | {row['first']:.2f} | {row['repeat']:.4f} | "
                  f"{row['first'] / base['first']:.2f} | {row['repeat'] / base['repeat']:.2f} | "
                  f"{row['uninitialized']} |")
        print(f"| {result['kind']} | (ops %tfgraph added to the graph) | "
              f"{result['ops_added_by_tfgraph']} | | | | |")
    print(f"\nTensorFlow {result['tf']}, {os.cpu_count()} CPU(s); "
          f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
