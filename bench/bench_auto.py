"""Cost of always-on checking (``%tfcheck on``), measured side by side in one run.

1. ``%load_ext tfmagic``: wall time in a fresh interpreter (one child per sample), plain and with
   ``c.TFMagics.auto = True`` (the config-file way), and whether TensorFlow got imported.
2. A plain cell that does not touch TensorFlow (``x = 1``): microseconds per cell added by auto
   mode, before and after ``import tensorflow``, blocks of cells alternating off / on.
3. A training loop (the eager Keras + GradientTape + Adam loop of ``bench_ledger.py``) as a plain
   cell, auto off vs on, interleaved.
4. Whole real notebooks: TensorFlow guide notebooks (code cells in ``bench/notebooks/``), every
   cell run in order in a fresh shell of a fresh process, without and with ``%tfcheck on``,
   the two modes alternating; the total of the cells' times is compared. As Run-All, a run
   stops at the first failing cell (``basic_training_loops`` was written for Keras 2 and fails
   at ``save_weights("my_checkpoint")`` under Keras 3: the run includes that failure and, with
   auto on, its report).

    .venv/bin/python bench/bench_auto.py            # writes bench/results_auto.md

Not a test: nothing here asserts; the table says whether the goals were met.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("MPLBACKEND", "Agg")
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

NOTEBOOKS = ["tensor", "autodiff", "basic_training_loops"]
GOALS = {"load_ms": 50.0, "plain_cell_ms": 1.0, "loop": 1.03, "notebook": 1.03}
MARKER = "@@BENCH@@"


def notebook_cells(name: str) -> list[str]:
    text = (HERE / "notebooks" / f"{name}.py").read_text()
    return [cell.strip("\n") for cell in text.split("# %%\n")[1:]]


def new_shell(auto: bool = False):
    from shellrun import fresh_shell

    shell = fresh_shell()
    if auto:
        shell.config.TFMagics.auto = True
    shell.run_line_magic("load_ext", "tfmagic")
    return shell


def magics_of(shell):
    return shell.magics_manager.registry["TFMagics"]


def timed_cell(shell, code: str) -> float:
    started = time.perf_counter()
    result = shell.run_cell(code, store_history=True)
    elapsed = time.perf_counter() - started
    if not result.success:
        raise SystemExit(f"benchmark cell failed: {result.error_in_exec!r}")
    shell.display_pub.outputs.clear()
    return elapsed


# --------------------------------------------------------------------------- children


def child_load(args) -> dict:
    from shellrun import fresh_shell

    shell = fresh_shell()
    if args.auto:
        shell.config.TFMagics.auto = True
    started = time.perf_counter()
    shell.run_line_magic("load_ext", "tfmagic")
    elapsed = time.perf_counter() - started
    return {"ms": elapsed * 1000, "tf_imported": "tensorflow" in sys.modules,
            "auto_on": magics_of(shell).auto}


def plain_cell_blocks(shell, cells: int, blocks: int) -> dict:
    """Per-cell seconds of ``x = 1``, blocks alternating auto off / on."""
    magics = magics_of(shell)
    times = {"off": [], "on": []}
    for _ in range(blocks):
        for mode in ("off", "on"):
            magics.auto = mode == "on"
            started = time.perf_counter()
            for _ in range(cells):
                shell.run_cell("x = 1", store_history=True)
            times[mode].append((time.perf_counter() - started) / cells)
            shell.display_pub.outputs.clear()
    magics.auto = False
    return times


def child_cells(args) -> dict:
    shell = new_shell()
    out = {"no_tf": plain_cell_blocks(shell, args.cells, args.blocks)}
    timed_cell(shell, "import tensorflow as tf")
    out["tf"] = plain_cell_blocks(shell, args.cells, args.blocks)
    out["tf_imported_by_tfmagic"] = False
    return out


def child_loop(args) -> dict:
    from bench_ledger import EAGER_LOOP, EAGER_SETUP

    shell = new_shell()
    timed_cell(shell, EAGER_SETUP)
    magics = magics_of(shell)
    loop = EAGER_LOOP.format(steps=args.steps)
    times = {"off": [], "on": []}
    for _ in range(args.reps):
        for mode in ("off", "on"):
            magics.auto = mode == "on"
            times[mode].append(timed_cell(shell, loop))
    return times


def child_notebook(args) -> dict:
    """One notebook, every cell in order, in a fresh shell; auto on or off."""
    shell = new_shell(auto=args.auto)
    per_cell = []
    failed = []
    shown = 0
    workdir = tempfile.mkdtemp(prefix="tfmagic-bench-")
    os.chdir(workdir)  # the guides write checkpoints and files
    for index, cell in enumerate(notebook_cells(args.notebook), start=1):
        before = len(shell.display_pub.outputs)
        started = time.perf_counter()
        result = shell.run_cell(cell, store_history=True)
        per_cell.append(time.perf_counter() - started)
        shown += sum(1 for o in shell.display_pub.outputs[before:]
                     if "tfmagic" in o["data"].get("text/plain", ""))
        if not result.success:
            failed.append(index)
            break  # Run-All stops at the first failing cell
    cells = notebook_cells(args.notebook)
    first_import = next(i for i, cell in enumerate(cells) if "import tensorflow" in cell)
    after_import = sum(per_cell[first_import + 1:])
    return {"total": sum(per_cell), "after_import": after_import, "cells": len(per_cell),
            "failed": failed, "tfmagic_outputs": shown}


CHILDREN = {"load": child_load, "cells": child_cells, "loop": child_loop,
            "notebook": child_notebook}


# Children import from cached bytecode, as an installed package does (pip compiles it): with
# PYTHONDONTWRITEBYTECODE set, every import would compile its source again and %load_ext would
# measure Python's compiler. The cache goes to a private prefix, not into the source tree.
PYCACHE = os.path.join(tempfile.gettempdir(), "tfmagic-bench-pycache")


def in_child(kind: str, *extra: str) -> dict:
    command = [sys.executable, str(pathlib.Path(__file__).resolve()), "--child", kind, *extra]
    env = dict(os.environ, PYTHONPYCACHEPREFIX=PYCACHE, PYTHONPATH=os.pathsep.join(
        [str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    if MARKER not in proc.stdout:
        raise SystemExit(f"child {kind} failed (rc={proc.returncode}):\n{proc.stdout[-2000:]}\n"
                         f"{proc.stderr[-4000:]}")
    return json.JSONDecoder().raw_decode(proc.stdout.split(MARKER, 1)[1])[0]


# --------------------------------------------------------------------------- main


def versions() -> str:
    from importlib.metadata import version

    return (f"TF {version('tensorflow-cpu') if _has('tensorflow-cpu') else version('tensorflow')}, "
            f"Keras {version('keras')}, IPython {version('ipython')}, "
            f"Python {platform.python_version()}, {os.cpu_count()} CPU cores")


def _has(dist: str) -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        version(dist)
        return True
    except PackageNotFoundError:
        return False


def verdict(value: float, goal: float) -> str:
    return f"<= {goal:g} {'met' if value <= goal else '**not met**'}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=sorted(CHILDREN))
    parser.add_argument("--auto", action="store_true")
    parser.add_argument("--notebook")
    parser.add_argument("--load-samples", type=int, default=5)
    parser.add_argument("--cells", type=int, default=500, help="cells per block")
    parser.add_argument("--blocks", type=int, default=5)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--reps", type=int, default=5, help="training-loop repetitions")
    parser.add_argument("--notebook-reps", type=int, default=5)
    parser.add_argument("--notebooks", default=",".join(NOTEBOOKS))
    parser.add_argument("--output", default=str(HERE / "results_auto.md"))
    args = parser.parse_args(argv)
    if args.child:
        result = CHILDREN[args.child](args)
        sys.stdout.write(MARKER + json.dumps(result))
        return 0

    started = time.time()
    rows, details = [], []

    loads = {False: [], True: []}
    in_child("load", "--auto")  # fills the bytecode cache
    for _ in range(args.load_samples):
        for auto in (False, True):
            loads[auto].append(in_child("load", *(["--auto"] if auto else [])))
    for auto, samples in loads.items():
        ms = statistics.median(s["ms"] for s in samples)
        imported = any(s["tf_imported"] for s in samples)
        what = "`%load_ext tfmagic` with `c.TFMagics.auto = True`" if auto else \
            "`%load_ext tfmagic`"
        rows.append((what, "—", f"{ms:.1f} ms", "—",
                     f"<= 50 ms {'met' if ms <= 50 and not imported else '**not met**'}"
                     f"{' (TensorFlow imported!)' if imported else ', no TensorFlow import'}"))
        details.append(f"- {what}: " + ", ".join(f"{s['ms']:.1f}" for s in samples) + " ms")

    cells = in_child("cells", "--cells", str(args.cells), "--blocks", str(args.blocks))
    for key, label in (("no_tf", "before `import tensorflow`"),
                       ("tf", "after `import tensorflow`")):
        off = statistics.median(cells[key]["off"]) * 1000
        on = statistics.median(cells[key]["on"]) * 1000
        rows.append((f"plain cell `x = 1`, {label}", f"{off:.3f} ms", f"{on:.3f} ms",
                     f"+{on - off:.3f} ms", verdict(on - off, GOALS["plain_cell_ms"]) + " ms"))
        details.append(f"- `x = 1` {label}, ms per cell over blocks of {args.cells}: off "
                       + ", ".join(f"{t * 1000:.3f}" for t in cells[key]["off"]) + "; on "
                       + ", ".join(f"{t * 1000:.3f}" for t in cells[key]["on"]))

    loop = in_child("loop", "--steps", str(args.steps), "--reps", str(args.reps))
    off, on = statistics.median(loop["off"]), statistics.median(loop["on"])
    rows.append((f"eager Keras + GradientTape + Adam, {args.steps} steps, plain cell",
                 f"{off:.3f} s", f"{on:.3f} s", f"{on / off:.3f}x", verdict(on / off,
                                                                           GOALS["loop"])))
    details.append("- training loop (s): off " + ", ".join(f"{t:.3f}" for t in loop["off"])
                   + "; on " + ", ".join(f"{t:.3f}" for t in loop["on"]))

    totals = {"off": 0.0, "on": 0.0}
    # Each run is a fresh process: the TensorFlow import is part of a whole notebook's time.
    notebooks = [n for n in args.notebooks.split(",") if n]
    for name in notebooks:
        runs = {"off": [], "on": []}
        for rep in range(args.notebook_reps):
            order = ("off", "on") if rep % 2 == 0 else ("on", "off")
            for mode in order:
                runs[mode].append(in_child("notebook", "--notebook", name,
                                           *(["--auto"] if mode == "on" else [])))
        off = statistics.median(r["total"] for r in runs["off"])
        on = statistics.median(r["total"] for r in runs["on"])
        totals["off"] += off
        totals["on"] += on
        first = runs["on"][0]
        rows.append((f"guide notebook `{name}` ({first['cells']} cells), whole run",
                     f"{off:.2f} s", f"{on:.2f} s", f"{on / off:.3f}x",
                     verdict(on / off, GOALS["notebook"])))
        rest_off = statistics.median(r["after_import"] for r in runs["off"])
        rest_on = statistics.median(r["after_import"] for r in runs["on"])
        rows.append((f"same, cells after `import tensorflow` only", f"{rest_off:.2f} s",
                     f"{rest_on:.2f} s", f"{rest_on / rest_off:.3f}x", "(no TensorFlow import "
                     "time to dilute the cost)"))
        paired = statistics.median(b["total"] / a["total"] for a, b in zip(runs["off"], runs["on"]))
        details.append(f"- {name} (s): off " + ", ".join(f"{r['total']:.2f}" for r in runs["off"])
                       + "; on " + ", ".join(f"{r['total']:.2f}" for r in runs["on"])
                       + f"; failing cells off {runs['off'][0]['failed']} on {first['failed']}; "
                       f"tfmagic outputs with auto on: {first['tfmagic_outputs']}; "
                       f"median of paired ratios {paired:.3f}")
    if notebooks:
        ratio = totals["on"] / totals["off"]
        rows.append((f"all {len(notebooks)} notebooks, total", f"{totals['off']:.2f} s",
                     f"{totals['on']:.2f} s", f"{ratio:.3f}x", verdict(ratio,
                                                                      GOALS["notebook"])))

    header = (f"Cost of always-on checking (`%tfcheck on`), {versions()}, "
              f"{time.strftime('%Y-%m-%d')}. Medians; the two modes alternate within each run.")
    table = ["| workload | auto off | auto on | cost | goal |", "|---|---|---|---|---|"]
    table += ["| " + " | ".join(row) + " |" for row in rows]
    command = ("`.venv/bin/python bench/bench_auto.py " + " ".join(
        a for a in (argv if argv is not None else sys.argv[1:]) if not a.startswith("--output"))
               ).rstrip() + "`"
    text = "\n".join([header, "", *table, "", "All runs:", "", *details, "",
                      f"Reproduce: {command} (took {time.time() - started:.0f} s)."]) + "\n"
    print(text)
    pathlib.Path(args.output).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
