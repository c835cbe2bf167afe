"""Acceptance scenarios and our own variations, each the body of one %%tfcheck cell in a fresh
shell, in a child process shared only with cases that throw the same process-wide switches
(graph mode, TF_USE_LEGACY_KERAS and other environment variables, device configuration).

``scenarios/`` (copied from the shared acceptance set) state the expected kind, exception,
root-cause line(s), raise line and culprit in a docstring header. ``variations/`` are written
differently on purpose (other names, scopes, TF1 vs TF2) and mark lines inline with
``# <- cause`` / ``# <- raises`` comments, so the rules are tested on more than one spelling.

Each case's plain-text report is also compared with ``golden/<name>.txt`` (``golden.py``; one
run serves both tests): ``TFMAGIC_REGEN_GOLDEN=1`` rewrites those files after a deliberate change.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from golden import check_golden
from shellrun import run_batch

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


def check(spec: dict, outcome: dict) -> None:
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


# Process-wide switches a case can throw. Cases that throw the same ones (none, most of them)
# share one child process, each in its own fresh shell (shellrun.run_batch); a case never shares
# a process with one whose switches differ.
_SWITCHES = [
    ("graph mode", re.compile(r"\b(disable_eager_execution|disable_v2_behavior)\(")),
    # Reference variables instead of resource ones: the same failure raises another class.
    ("reference variables", re.compile(r"\b(disable_v2_behavior|disable_resource_variables)\(")),
    # Keras's compute dtype (a mixed-precision policy, floatx) is global until set back.
    ("keras dtype", re.compile(r"\b(set_global_policy|set_floatx)\(")),
    ("device configuration", re.compile(r"\bset_(soft_device_placement|logical_device_configuration"
                                        r"|visible_devices|memory_growth)\(")),
]
# Environment variables set before TensorFlow is imported (TF_USE_LEGACY_KERAS, oneDNN).
_ENVIRONMENT = re.compile(r"""os\.environ\[\s*["'](\w+)["']\s*\]\s*=\s*["']([^"']*)["']""")


def process_switches(path: pathlib.Path) -> frozenset[str]:
    text = path.read_text()
    found = {name for name, pattern in _SWITCHES if pattern.search(text)}
    found.update(f"{key}={value}" for key, value in _ENVIRONMENT.findall(text))
    return frozenset(found)


# The golden text must not depend on the run. TensorFlow orders some names in its messages by
# Python's per-process string hashing, which no normaliser can undo: the children pin it. Which
# of several uninitialized variables a failing op names (the inter-op thread pool's scheduling)
# no longer reaches the report: the diagnosis quotes them in creation order, and two
# regenerations without TF_NUM_INTEROP_THREADS=1 gave identical golden files.
DETERMINISTIC = {"PYTHONHASHSEED": "0"}


def check_report_text(file_regression, path: pathlib.Path, outcome: dict) -> None:
    check_golden(file_regression, path.stem, outcome["report_text"])


class CaseRuns:
    """The outcome of each selected case, run when first asked for: the first test of a group
    of cases with the same switches runs the whole group (those selected) in one child."""

    def __init__(self, selected: list[pathlib.Path]):
        self.selected = selected
        self.outcomes: dict[pathlib.Path, dict] = {}
        self.failures: dict[frozenset, AssertionError] = {}

    def outcome(self, path: pathlib.Path) -> dict:
        switches = process_switches(path)
        if switches in self.failures:
            raise self.failures[switches]
        if path not in self.outcomes:
            group = [p for p in dict.fromkeys(self.selected + [path])
                     if p not in self.outcomes and process_switches(p) == switches]
            try:
                runs = run_batch([["%%tfcheck\n" + p.read_text()] for p in group],
                                 env=DETERMINISTIC)
            except AssertionError as failure:
                self.failures[switches] = failure
                raise
            self.outcomes.update({p: run[0] for p, run in zip(group, runs)})
        return self.outcomes[path]


@pytest.fixture(scope="module")
def case_runs(request) -> CaseRuns:
    here = pathlib.Path(__file__)
    selected = [item.callspec.params["path"] for item in request.session.items
                if item.path == here and hasattr(item, "callspec")]
    return CaseRuns(selected)


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path, case_runs):
    check(scenario_spec(path), case_runs.outcome(path))


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario_report_text(path, case_runs, file_regression):
    check_report_text(file_regression, path, case_runs.outcome(path))


@pytest.mark.parametrize("path", VARIATIONS, ids=[p.stem for p in VARIATIONS])
def test_variation(path, case_runs):
    check(variation_spec(path), case_runs.outcome(path))


@pytest.mark.parametrize("path", VARIATIONS, ids=[p.stem for p in VARIATIONS])
def test_variation_report_text(path, case_runs, file_regression):
    check_report_text(file_regression, path, case_runs.outcome(path))
