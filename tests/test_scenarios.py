"""Acceptance scenarios and our own variations, each the body of one %%tfcheck cell in a fresh
process (graph mode and TF_USE_LEGACY_KERAS are process-wide).

``scenarios/`` (copied from the shared acceptance set) state the expected kind, exception,
root-cause line(s), raise line and culprit in a docstring header. ``variations/`` are written
differently on purpose (other names, scopes, TF1 vs TF2) and mark lines inline with
``# <- cause`` / ``# <- raises`` comments, so the rules are tested on more than one spelling.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from shellrun import run_isolated

HERE = pathlib.Path(__file__).parent
SCENARIOS = sorted((HERE / "scenarios").glob("[0-9]*.py"))
VARIATIONS = sorted((HERE / "variations").glob("*.py"))


def scenario_spec(path: pathlib.Path) -> dict:
    text = path.read_text()
    fields = dict(re.findall(r"^(\w+):\s*(.*)$", text.split('"""')[1], re.M))
    fields["cause_lines"] = [int(n) for n in re.findall(r"\d+", fields["cause_line"])]
    fields["raise_line"] = None if fields["raise_line"] == "NONE" else int(fields["raise_line"])
    return fields


def variation_spec(path: pathlib.Path) -> dict:
    lines = path.read_text().splitlines()
    fields = dict(re.findall(r"^# (\w+):\s*(.*)$", "\n".join(lines), re.M))
    fields["cause_lines"] = [i for i, line in enumerate(lines, 1) if "# <- cause" in line]
    raises = [i for i, line in enumerate(lines, 1) if re.search(r"# <- .*raises", line)]
    fields["raise_line"] = raises[0] if raises else None
    return fields


def mentions(finding: dict, culprit: str) -> bool:
    haystack = " ".join(finding["culprits"]) + " " + finding["summary"]
    return culprit.lower() in haystack.lower()


def check(spec: dict, body: str) -> None:
    outcome = run_isolated(["%%tfcheck\n" + body])[0]
    report = outcome["report"]
    assert report is not None, outcome
    problems = [f for f in report["findings"] if f["severity"] in ("error", "warning")]

    if spec["family"] == "none":
        assert outcome["success"], outcome["error_message"]
        assert problems == [], problems
        return

    if spec["raises"] == "NONE":
        assert outcome["success"], outcome["error_message"]
        assert report["ok"]
        matching = [f for f in problems if f["kind"] == spec["family"]]
        assert matching, report["findings"]
        finding = matching[0]
        assert finding["severity"] == "warning"
    else:
        # The original exception propagates unchanged to IPython.
        assert not outcome["success"]
        assert outcome["error_type"] == spec["raises"]
        assert report["error_type"] == spec["raises"]
        errors = [f for f in report["findings"] if f["severity"] == "error"]
        assert errors, report["findings"]
        finding = errors[0]
        assert finding["kind"] == spec["family"], finding
        assert report["raise_line"] == spec["raise_line"]
        # The annotated cell was displayed with the diagnosis.
        assert any(spec["family"] in html for html in outcome["html"])
    assert finding["line"] in spec["cause_lines"], finding
    assert mentions(finding, spec["culprit"]), finding
    assert finding["fix"]


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path):
    check(scenario_spec(path), path.read_text())


@pytest.mark.parametrize("path", VARIATIONS, ids=[p.stem for p in VARIATIONS])
def test_variation(path):
    check(variation_spec(path), path.read_text())
