"""The acceptance scenarios: each file runs as the body of one %%tfcheck cell in a fresh process.

Each file's header says which Finding.kind a good diagnosis reports, which exception must still
propagate, the root-cause line(s) and a culprit the diagnosis must name.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from shellrun import run_isolated

SCENARIOS = sorted((pathlib.Path(__file__).parent / "scenarios").glob("[0-9]*.py"))


def header(path: pathlib.Path) -> dict:
    text = path.read_text()
    fields = dict(re.findall(r"^(\w+):\s*(.*)$", text.split('"""')[1], re.M))
    fields["cause_lines"] = [int(n) for n in re.findall(r"\d+", fields["cause_line"])]
    return fields


def mentions(finding: dict, culprit: str) -> bool:
    haystack = " ".join(finding["culprits"]) + " " + finding["summary"]
    return culprit.lower() in haystack.lower()


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path):
    spec = header(path)
    outcome = run_isolated(["%%tfcheck\n" + path.read_text()])[0]
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
        assert report["raise_line"] == int(spec["raise_line"])
        # The annotated cell was displayed with the diagnosis.
        assert any(spec["family"] in html for html in outcome["html"])
    assert finding["line"] in spec["cause_lines"], finding
    assert mentions(finding, spec["culprit"]), finding
    assert finding["fix"]
