"""Score a tfmagic implementation on the real-world corpus (``tests/realworld/*.py``).

Usage::

    score.py [--cases DIR_OR_FILES...] [--mode all|last|both] [--json OUT] [--jobs N]

Every case runs in a fresh child IPython shell (one child process per case and mode, the case's
``# env:`` set before the child starts), cell k at execution count k. Mode ``all`` runs every
cell as its own ``%%tfcheck`` cell; mode ``last`` runs the earlier cells plain and only the last
one under ``%%tfcheck`` (a user who adds the magic after a failure). tfmagic is imported from the
normal ``sys.path``, so ``PYTHONPATH=/other/tree score.py`` scores another implementation.

This measures; it is not a test: the exit status is 0 whatever the scores (2 on bad usage).
``--verify`` instead runs the cases without tfmagic and checks each header against TensorFlow
(exception class and raise line, or success), exiting 1 on a mismatch.
Importing this module imports neither TensorFlow nor tfmagic (the format test reads cases with it).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import json
import os
import pathlib
import re
import subprocess
import sys
import textwrap
import time

HERE = pathlib.Path(__file__).resolve().parent
TESTS_DIR = HERE.parent
REQUIRED_FIELDS = ("source", "family", "raises", "cause", "raise", "culprit", "expect")
HEADER_FIELD = re.compile(r"^#\s*(\w+):\s*(.*?)\s*$")
CELL_SEPARATOR = re.compile(r"^# %%\s*$")
CITE = re.compile(r"(\d+):(\d+)")
# TF1 graph-era code: sessions, placeholders, graph mode, get_variable/variable_scope, Saver.
TF1_MARKERS = re.compile(r"compat\.v1\.(Session|InteractiveSession|disable_eager_execution|"
                         r"disable_v2_behavior|placeholder|get_variable|variable_scope|"
                         r"train\.Saver|global_variables_initializer)")


@dataclasses.dataclass
class Case:
    """One corpus file: its header fields and its cells (bodies between ``# %%`` lines)."""

    path: pathlib.Path
    fields: dict[str, str]
    header_lines: list[str]
    cells: list[str]

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def family(self) -> str:
        return self.fields.get("family", "")

    @property
    def raises(self) -> str:
        return self.fields.get("raises", "")

    @property
    def is_control(self) -> bool:
        return self.family == "none"

    @property
    def is_silent(self) -> bool:
        return not self.is_control and self.raises == "NONE"

    @property
    def category(self) -> str:
        return "control" if self.is_control else "silent" if self.is_silent else "failing"

    @property
    def causes(self) -> list[tuple[int, int]]:
        return [(int(c), int(n)) for c, n in CITE.findall(self.fields.get("cause", ""))]

    @property
    def raise_at(self) -> tuple[int, int] | None:
        found = CITE.findall(self.fields.get("raise", ""))
        return (int(found[0][0]), int(found[0][1])) if found else None

    @property
    def culprits(self) -> list[str]:
        return [c.strip() for c in self.fields.get("culprit", "").split("|") if c.strip()]

    @property
    def env(self) -> dict[str, str]:
        return dict(item.split("=", 1) for item in self.fields.get("env", "").split() if "=" in item)

    @property
    def group(self) -> str:
        return "TF1 graph-era" if TF1_MARKERS.search("\n".join(self.cells)) else "TF2"


def parse_case(path: pathlib.Path) -> Case:
    """Split a case file into header fields and cells (the format of TEAM.md / README.md)."""
    lines = path.read_text().splitlines()
    starts = [i for i, line in enumerate(lines) if CELL_SEPARATOR.match(line)]
    if not starts:
        return Case(path, {}, lines, [])
    header = lines[:starts[0]]
    fields = {}
    for line in header:
        match = HEADER_FIELD.match(line)
        if match:
            fields[match.group(1)] = match.group(2)
    bounds = starts + [len(lines)]
    cells = ["\n".join(lines[a + 1:b]).rstrip("\n") for a, b in zip(bounds, bounds[1:])]
    return Case(path, fields, header, cells)


def find_cases(targets: list[str] | None) -> list[Case]:
    paths: list[pathlib.Path] = []
    for target in targets or [str(HERE)]:
        p = pathlib.Path(target)
        if p.is_dir():
            paths += sorted(q for q in p.glob("*.py") if "__" in q.stem)
        else:
            paths.append(p)
    return [parse_case(p) for p in paths]


CHILD = """
import json, sys
sys.path.insert(0, {tests_dir!r})
from shellrun import fresh_shell, cell_outcome
shell = fresh_shell()
shell.run_line_magic("load_ext", "tfmagic")
hostile = None
if {hostile}:
    # Two runs compared (with and without the hostile namespace) must draw the same data:
    # numpy's and Python's global generators are seeded (cases seed TensorFlow themselves).
    import random, numpy
    random.seed(0)
    numpy.random.seed(0)
    import hostile as hostile_namespace
    hostile = hostile_namespace.install(shell)
cells = json.loads(sys.stdin.read())
out = []
for cell in cells:
    out.append(cell_outcome(shell, cell))
    if not out[-1]["success"] and len(out) < len(cells):
        break   # an earlier cell failed: the case did not run as written
if hostile is not None:
    out[-1]["hostile_calls"] = hostile.calls()
sys.stdout.write("\\n@@TFMAGIC-JSON@@" + json.dumps(out, default=str))
"""


PLAIN_CHILD = """
import json, re, sys, traceback
sys.path.insert(0, {tests_dir!r})
from shellrun import fresh_shell
shell = fresh_shell()
cells = json.loads(sys.stdin.read())
out = []
for number, cell in enumerate(cells, 1):
    sys.last_traceback = None
    result = shell.run_cell(cell, store_history=True)
    error = result.error_in_exec or result.error_before_exec
    raise_line = None
    tb = getattr(sys, "last_traceback", None)
    for frame, lineno in traceback.walk_tb(tb):
        if re.search(r"ipython-input-%d-" % number, frame.f_code.co_filename):
            raise_line = lineno
    out.append({{"success": result.success, "error_type": type(error).__name__ if error else None,
                "error_message": str(error) if error else None, "raise_line": raise_line}})
    if not result.success and number < len(cells):
        break
sys.stdout.write("\\n@@TFMAGIC-JSON@@" + json.dumps(out, default=str))
"""


def run_child(case: Case, mode: str, timeout: int,
              hostile: bool = False) -> tuple[list[dict] | None, str, float]:
    """Run the case's cells in a fresh child shell; (outcomes or None, failure text, seconds).

    Mode ``plain`` runs every cell without tfmagic (to verify a case against TensorFlow).
    With ``hostile`` the objects of ``tests/hostile.py`` sit in the namespace from the start,
    and the last outcome lists, under ``hostile_calls``, every touch of them tfmagic made.
    """
    if mode == "plain":
        cells = list(case.cells)
    elif mode == "all":
        cells = ["%%tfcheck\n" + body for body in case.cells]
    else:
        cells = case.cells[:-1] + ["%%tfcheck\n" + case.cells[-1]]
    env = dict(os.environ)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.update(case.env)
    child = PLAIN_CHILD if mode == "plain" else CHILD
    code = textwrap.dedent(child).format(tests_dir=str(TESTS_DIR), hostile=hostile)
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-c", code], input=json.dumps(cells),
                              capture_output=True, text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timed out after {timeout} s", time.perf_counter() - started
    seconds = time.perf_counter() - started
    marker = "@@TFMAGIC-JSON@@"
    if marker not in proc.stdout:
        return None, f"child failed (rc={proc.returncode}): {proc.stderr[-800:]}", seconds
    return json.JSONDecoder().raw_decode(proc.stdout.split(marker, 1)[1])[0], "", seconds


def mentions(finding: dict, culprits: list[str]) -> bool:
    haystack = (" ".join(finding.get("culprits") or []) + " " + (finding.get("summary") or "")).lower()
    return any(c.lower() in haystack for c in culprits)


def cell_number(label) -> int | None:
    match = re.fullmatch(r"In\[(\d+)\]", str(label)) if label else None
    return int(match.group(1)) if match else None


def tf_cites_cause(case: Case, mode: str, message: str | None) -> bool:
    """Does the exception text's ``File "<cell>", line N`` list name a cause line?

    Cell k's file is ``<ipython-input-k-HASH>`` (a plain InteractiveShell); its line numbers
    count the ``%%tfcheck`` line when the cell ran under the magic.
    """
    if not message:
        return False
    cited = {(int(c), int(n)) for c, n in
             re.findall(r'File "<ipython-input-(\d+)-[0-9a-f]+>", line (\d+)', message)}
    for cell, line in case.causes:
        magic = mode == "all" or cell == len(case.cells)
        if (cell, line + (1 if magic else 0)) in cited:
            return True
    return False


def judge(case: Case, mode: str, outcomes: list[dict] | None, failure: str) -> dict:
    """The per-case verdicts of one mode (None = does not apply to this case)."""
    result = {"case": case.name, "mode": mode, "group": case.group, "category": case.category,
              "family": case.family, "multi_cell": len(case.cells) > 1, "problem": failure}
    keys = ("kind", "cause", "culprit", "propagated", "shown", "clean", "tf_cites_cause",
            "moved_wrong", "sentence", "claims")
    result.update({k: None for k in keys})
    result["finding"] = None
    if outcomes is None or len(outcomes) < len(case.cells):
        if outcomes is not None:
            last = outcomes[-1]
            result["problem"] = (f"cell {len(outcomes)} of {len(case.cells)} failed: "
                                 f"{last['error_type']}: {(last['error_message'] or '')[:200]}")
        if case.is_control:
            result.update(clean=False, propagated=False)
        else:
            result.update(kind=False, cause=False, culprit=False, propagated=False, shown=False)
            if case.category == "failing":
                result.update(tf_cites_cause=False, sentence=False)
        return result
    last = outcomes[-1]
    report = last["report"] or {}
    findings = report.get("findings") or []
    shown = any(html.strip() for html in last["html"])
    if case.is_control:
        problems = [f for f in findings if f["severity"] in ("error", "warning")]
        result["clean"] = bool(last["success"] and not problems)
        result["propagated"] = bool(last["success"])
        if problems:
            result["finding"] = problems[0]
        return result
    if case.is_silent:
        warnings = [f for f in findings if f["severity"] == "warning"]
        same = [f for f in warnings if f["kind"] == case.family]
        finding = (same or warnings or [None])[0]
        result["propagated"] = bool(last["success"])   # the cell still succeeds
    else:
        errors = [f for f in findings if f["severity"] == "error"]
        finding = errors[0] if errors else None
        result["propagated"] = (not last["success"]) and last["error_type"] == case.raises
        result["tf_cites_cause"] = tf_cites_cause(case, mode, last["error_message"])
    result["shown"] = shown
    result["finding"] = finding
    if finding is None:
        result.update(kind=False, cause=False, culprit=False)
        if not case.is_silent:
            result["sentence"] = False
        return result
    result["bad_claims"] = bad_claims(case, mode, finding)
    result["claims"] = not result["bad_claims"]
    result["kind"] = finding["kind"] == case.family
    number = len(case.cells) if finding.get("cell") is None else cell_number(finding["cell"])
    result["cause"] = (number, finding.get("line")) in set(case.causes)
    result["culprit"] = mentions(finding, case.culprits)
    if not case.is_silent:
        result["sentence"] = has_sentence(finding)
        # A named cause away from the raise line: right or wrong? (None: stayed at the raise.)
        if (number, finding.get("line")) != case.raise_at:
            result["moved_wrong"] = not result["cause"]
    return result


# "line 4", "line 4 of In[2]" in a finding's words — not a traceback's 'File "...", line 4'.
LINE_REF = re.compile(r'(?<!", )\bline (\d+)(?: of In\[(\d+)\])?')


def bad_claims(case: Case, mode: str, finding: dict) -> list[str]:
    """The finding's line claims that the cells contradict: every "line N (of In[k])" in its
    summary, fix and evidence, and every evidence link's (cell, line), must name an existing,
    non-blank code line (never the ``%%tfcheck`` line); a link that names the value it follows
    must cite a line that mentions it (or, for a parameter, the argument passed)."""
    bad = []
    texts = [finding.get("summary") or "", finding.get("fix") or ""] + \
        [link.get("text") or "" for link in finding.get("evidence") or []]
    for text in texts:
        for match in LINE_REF.finditer(text):
            number = int(match.group(2)) if match.group(2) else len(case.cells)
            problem = _line_problem(case, mode, number, int(match.group(1)), editor=True)
            if problem:
                bad.append(f"{match.group(0)!r}: {problem}")
    for link in finding.get("evidence") or []:
        number = len(case.cells) if link.get("cell") is None else cell_number(link["cell"])
        problem = _line_problem(case, mode, number, link.get("line"), editor=False)
        if problem is None and link.get("name"):
            # A binding names the value; an argument link (a parameter) shows what was passed.
            text = case.cells[number - 1].split("\n")[link["line"] - 1]
            code = (link.get("code") or "")[:15]
            if link["name"] not in text and not (code and code in text):
                problem = f"mentions neither {link['name']} nor {code!r}"
        if problem:
            bad.append(f"evidence {link.get('cell') or 'this cell'} body line "
                       f"{link.get('line')}: {problem}")
    return bad


def _line_problem(case: Case, mode: str, number, line, editor: bool) -> str | None:
    """Why (cell ``number``, ``line``) is not a code line of the case, or None. ``editor``:
    the line as the editor numbers it (+1 in a cell that carries the ``%%tfcheck`` line)."""
    if number is None or not 1 <= number <= len(case.cells) or line is None:
        return f"no such cell or line (cell {number}, line {line})"
    magic = mode == "all" or number == len(case.cells)
    body = line - 1 if editor and magic else line
    if editor and magic and line == 1:
        return "the %%tfcheck line"
    lines = case.cells[number - 1].split("\n")
    if not 1 <= body <= len(lines):
        return f"past the end of cell {number} ({len(lines)} lines)"
    if not lines[body - 1].strip():
        return "a blank line"
    return None


# A summary that only repeats TensorFlow's wrapper ("Graph execution error:") or names a
# function trace ("__inference_step_123") as if it were the failing operator.
BARE_SUMMARY = re.compile(r"Graph execution error|__inference_\w+|:\s*$")


def has_sentence(finding: dict) -> bool:
    """Does the finding's summary carry a meaningful sentence (not TF's bare wrapper)?"""
    summary = (finding.get("summary") or "").strip()
    return bool(summary) and not BARE_SUMMARY.search(summary)


def verify_plain(case: Case, timeout: int) -> tuple[bool, str]:
    """Run the case without tfmagic: does TensorFlow behave as the header says?"""
    outcomes, failure, seconds = run_child(case, "plain", timeout)
    if outcomes is None:
        return False, f"{failure} ({seconds:.1f}s)"
    if len(outcomes) < len(case.cells):
        last = outcomes[-1]
        return False, (f"cell {len(outcomes)} failed early: {last['error_type']}: "
                       f"{(last['error_message'] or '')[:300]} ({seconds:.1f}s)")
    last = outcomes[-1]
    got_raise = (len(case.cells), last["raise_line"]) if last["raise_line"] else None
    if case.raises == "NONE":
        ok = last["success"]
        detail = "succeeded" if ok else f"raised {last['error_type']}: {last['error_message'][:300]}"
    else:
        ok = last["error_type"] == case.raises and got_raise == case.raise_at
        detail = (f"raised {last['error_type']} at {got_raise} (header {case.raises} at "
                  f"{case.raise_at}): {(last['error_message'] or '')[:300]}")
    return ok, f"{detail} ({seconds:.1f}s)"


def score_one(case: Case, mode: str, timeout: int, hostile: bool = False) -> dict:
    outcomes, failure, seconds = run_child(case, mode, timeout, hostile)
    result = judge(case, mode, outcomes, failure)
    result["seconds"] = round(seconds, 2)
    if outcomes:
        last = outcomes[-1]
        result["error_type"] = last["error_type"]
        result["report_text"] = last["report_text"]
        if hostile:
            result["hostile_calls"] = last.get("hostile_calls", [])
    return result


COLUMNS = ("kind", "cause", "culprit", "propagated", "shown", "clean", "tf_cites_cause",
           "moved_wrong", "sentence", "claims")
HEADINGS = {"kind": "kind", "cause": "cause line", "culprit": "culprit",
            "propagated": "propagated", "shown": "shown", "clean": "clean (controls)",
            "tf_cites_cause": "TF cites cause",
            "moved_wrong": "moved cause wrong", "sentence": "summary has a sentence",
            "claims": "line claims hold"}


def mark(value) -> str:
    return "-" if value is None else "ok" if value else "NO"


def percent(results: list[dict], key: str) -> str:
    judged = [r[key] for r in results if r[key] is not None]
    if not judged:
        return "-"
    return f"{100 * sum(judged) / len(judged):.0f}% ({sum(judged)}/{len(judged)})"


def print_case(result: dict) -> None:
    finding = result["finding"] or {}
    got = f"{finding.get('kind', '-')}@{finding.get('cell') or 'this'}:{finding.get('line')}"
    verdicts = " ".join(f"{k}={mark(result[k])}" for k in COLUMNS
                        if result[k] is not None and k != "moved_wrong")
    if result.get("moved_wrong") is not None:   # a cause named away from the raise line
        verdicts += " moved=" + ("WRONG" if result["moved_wrong"] else "right")
    print(f"  [{result['mode']:4}] {result['case']:58} {verdicts}  got {got}"
          f"  ({result['seconds']:.1f}s)")
    if result["problem"]:
        print(f"         problem: {result['problem']}")
    for claim in result.get("bad_claims") or ():
        print(f"         claim: {claim}")


def print_totals(results: list[dict], modes: list[str]) -> None:
    groups = sorted({r["group"] for r in results})
    print("\nTotals (kind/cause/culprit/shown over failing+silent cases, clean over controls,"
          " propagated over all, TF cites cause over failing cases; moved cause wrong over findings"
          " that name a line other than the raise line; summary has a sentence over failing"
          " cases; line claims hold over judged findings)")
    header = f"| {'mode':4} | {'cases':22} | " + " | ".join(HEADINGS[k] for k in COLUMNS) + " |"
    print(header)
    print("|" + "|".join("---" for _ in range(len(COLUMNS) + 2)) + "|")
    for mode in modes:
        for label in ["all cases"] + groups:
            rows = [r for r in results if r["mode"] == mode and label in ("all cases", r["group"])]
            if rows:
                cells = " | ".join(percent(rows, k) for k in COLUMNS)
                print(f"| {mode:4} | {label} ({len(rows)}) | {cells} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", nargs="+", help="case files or directories (default: all)")
    parser.add_argument("--mode", choices=("all", "last", "both"), default="both")
    parser.add_argument("--json", help="write every verdict to this JSON file")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--verify", action="store_true",
                        help="run the cases without tfmagic and check the headers against "
                             "TensorFlow (exit 1 on a mismatch) instead of scoring")
    parser.add_argument("--timeout", type=int, default=180, help="seconds per case and mode")
    args = parser.parse_args(argv)
    cases = find_cases(args.cases)
    if args.verify:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            verdicts = list(pool.map(lambda c: verify_plain(c, args.timeout), cases))
        for case, (ok, detail) in zip(cases, verdicts):
            print(f"{'ok ' if ok else 'BAD'} {case.name}: {detail}")
        return 0 if all(ok for ok, _ in verdicts) else 1
    modes = ["all", "last"] if args.mode == "both" else [args.mode]
    started = time.perf_counter()
    print(f"scoring {len(cases)} cases, modes {'+'.join(modes)}, {args.jobs} jobs, "
          f"tfmagic from the normal sys.path")
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(score_one, case, mode, args.timeout)
                   for case in cases for mode in modes]
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            results.append(result)
            print_case(result)
            sys.stdout.flush()
    order = {(c.name, m): i for i, (c, m) in enumerate((c, m) for c in cases for m in modes)}
    results.sort(key=lambda r: order[(r["case"], r["mode"])])
    print_totals(results, modes)
    elapsed = time.perf_counter() - started
    print(f"\n{len(results)} runs in {elapsed:.0f} s")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(
            {"seconds": round(elapsed, 1), "results": results}, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
