"""Run every scenario, variation (and, given ``--cases DIR``, every real-world corpus case
that raises) and write what each failing cell raised and which rule explained it, as JSON lines.

The output feeds ``tests/fixtures/messages.json`` (the messages the registry test asserts on:
which rule's trigger claims each one) and a quick per-case score while working on rules::

    PYTHONPATH=$PWD python tests/tools/collect_messages.py --out /tmp/outcomes.jsonl \
        --cases tests/realworld
    PYTHONPATH=$PWD python tests/tools/collect_messages.py --out /tmp/outcomes.jsonl \
        --fixture tests/fixtures/messages.json

Cases run in child processes (graph mode and legacy Keras are process-wide), one per case
(about 10-40 s each on a 2-core machine: the whole set takes 15-30 minutes).
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))

from shellrun import run_isolated  # noqa: E402
from test_scenarios import SCENARIOS, VARIATIONS, scenario_spec, variation_spec  # noqa: E402


def corpus_case(path: pathlib.Path) -> tuple[list[str], dict, dict]:
    text = path.read_text()
    header, *cells = re.split(r"^# %%[^\n]*\n", text, flags=re.M)
    fields = dict(re.findall(r"^# (\w+):\s*(.*)$", header, re.M))
    env = dict(item.split("=", 1) for item in fields.get("env", "").split()) if \
        fields.get("env") else {}
    causes = []
    for part in fields.get("cause", "").split(","):
        if ":" in part:
            cell, line = part.strip().split(":")
            causes.append((int(cell), int(line)))
    spec = {"family": fields.get("family", "").strip(), "raises": fields.get("raises", "").strip(),
            "causes": causes, "culprit": fields.get("culprit", "")}
    return ["%%tfcheck\n" + c for c in cells], spec, env


def run_case(item):
    name, cells, spec, env = item
    try:
        outcomes = run_isolated(cells, env=env)
    except Exception as exc:  # noqa: BLE001
        return {"case": name, "fault": str(exc)[-500:]}
    last = outcomes[-1]
    report = last["report"] or {}
    findings = report.get("findings", [])
    labels = [(o["report"] or {}).get("cell") for o in outcomes]
    problems = [f for f in findings if f["severity"] in ("error", "warning")]
    first = problems[0] if problems else None
    cause_hit = False
    if first is not None and first.get("line") is not None:
        cell = first.get("cell")
        index = labels.index(cell) + 1 if cell in labels else len(cells)
        cause_hit = (index, first["line"]) in spec["causes"]
    culprits = [c.strip().lower() for c in spec.get("culprit", "").split("|") if c.strip()]
    hay = (" ".join(first["culprits"]) + " " + first["summary"]).lower() if first else ""
    return {
        "case": name, "family": spec["family"], "raises": spec["raises"],
        "error_type": last["error_type"], "message": last["error_message"],
        "kind": first["kind"] if first else None, "rule": first.get("rule") if first else None,
        "line": first["line"] if first else None, "cell": first.get("cell") if first else None,
        "kind_ok": (first["kind"] if first else "none") == spec["family"] or
        (spec["family"] == "none" and not problems),
        "cause_ok": cause_hit or (spec["family"] == "none" and not problems),
        "culprit_ok": any(c in hay for c in culprits) or (spec["family"] == "none"
                                                            and not problems),
        "summary": first["summary"] if first else None,
    }


def items(cases_dirs):
    for path in SCENARIOS:
        spec = scenario_spec(path)
        spec["causes"] = [(1, n) for n in spec["cause_lines"]]
        yield f"scenarios/{path.stem}", ["%%tfcheck\n" + path.read_text()], spec, {}
    for path in VARIATIONS:
        spec = variation_spec(path)
        spec["causes"] = [(1, n) for n in spec["cause_lines"]]
        yield f"variations/{path.stem}", ["%%tfcheck\n" + path.read_text()], spec, {}
    for directory in cases_dirs:
        for path in sorted(pathlib.Path(directory).glob("*.py")):
            if path.name.startswith(("_", "score")):
                continue
            cells, spec, env = corpus_case(path)
            if spec["raises"] == "NONE":
                continue  # a control or a silent bug: nothing raised, no message to claim
            yield f"realworld/{path.stem}", cells, spec, env


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--cases", action="append", default=[])
    parser.add_argument("--only-cases", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--fixture", help="write messages.json from the --out files given")
    args = parser.parse_args()
    if args.fixture:
        write_fixture(args.out.split(","), args.fixture)
        return
    todo = list(items(args.cases))
    if args.only_cases:
        todo = [t for t in todo if not t[0].startswith(("scenarios/", "variations/"))]
    with open(args.out, "w") as out, ThreadPoolExecutor(args.jobs) as pool:
        for result in pool.map(run_case, todo):
            out.write(json.dumps(result) + "\n")
            out.flush()
            print(result["case"], result.get("kind_ok"), result.get("cause_ok"),
                  result.get("rule"), flush=True)


def write_fixture(outcome_files, fixture_path):
    """messages.json from collected outcomes: each failing case's exception and message,
    labelled with the cause function expected to explain it (``rule``: the one that explained
    it in the collecting run, when its kind is the case's family) and, in ``claimants``, every
    message rule whose trigger claims it. Rows whose explaining rule is of another kind than
    the family are written with ``rule: null`` and printed: label them by hand from the rule
    docstrings. Review the whole diff before committing: the labels are the test's truth."""
    from tfmagic.diagnose import registry

    by_name = {rule.name: rule for rule in registry.FAILURE_RULES}
    by_name[registry.FALLBACK.__name__] = None
    entries = {}
    for name in outcome_files:
        for line in open(name):
            row = json.loads(line)
            if not row.get("error_type") or row.get("message") is None:
                continue
            rule = row.get("rule")
            kind = by_name[rule].kind if by_name.get(rule) is not None else \
                "other" if rule == registry.FALLBACK.__name__ else None
            if kind != row["family"]:
                print(f"label by hand: {row['case']} (family {row['family']}, explained by "
                      f"{rule})")
                rule = None
            claimants = registry.claimants(row["error_type"], row["message"])
            entries[row["case"]] = {
                "case": row["case"], "family": row["family"], "error_type": row["error_type"],
                "message": row["message"][:4000], "rule": rule,
                "claimed_by": row["family"] if any(r.name == rule for r in claimants)
                else None,
                "claimants": [r.name for r in claimants]}
    pathlib.Path(fixture_path).write_text(json.dumps(list(entries.values()), indent=1) + "\n")


if __name__ == "__main__":
    main()
