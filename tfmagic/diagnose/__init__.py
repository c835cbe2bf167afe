"""Diagnosis: one rule per failure kind, each ``match(evidence) -> Finding | None``.

Failure rules explain a raised exception; the first that matches (in ``FAILURE_RULES`` order,
most specific first) gives the error finding. Warning checks look for silent bugs and run
after every cell, failed or not. ``other`` always matches last so a failing cell is never left
without its annotated raise line.
"""

from __future__ import annotations

from ..report import Finding
from .evidence import CellFrame, Evidence
from .rules import FAILURE_RULES, WARNING_CHECKS, other

__all__ = ["CellFrame", "Evidence", "diagnose"]


def diagnose(evidence: Evidence, faults: list[str] | None = None) -> list[Finding]:
    """Findings for one cell. A rule that raises is skipped (and named in ``faults``) so one
    rule's bug costs only that rule, never the rest of the diagnosis."""
    faults = faults if faults is not None else []
    findings: list[Finding] = []
    if evidence.exc is not None:
        for rule in FAILURE_RULES:
            finding = _guarded(rule, evidence, faults)
            if finding is not None:
                finding.rule = finding.rule or rule.__module__.rsplit(".", 1)[-1]
                findings.append(finding)
                break
        else:
            findings.append(other(evidence))
    for check in WARNING_CHECKS:
        for finding in _guarded(check, evidence, faults) or ():
            if not any(_same(finding, seen) for seen in findings):
                findings.append(finding)
    for finding in findings:
        _quote_other_cell(evidence, finding)
    return findings


def _guarded(rule, evidence: Evidence, faults: list[str]):
    try:
        return rule(evidence)
    except Exception as exc:  # noqa: BLE001 - a rule's fault must not cost the diagnosis
        faults.append(f"rule {rule.__name__} failed ({type(exc).__name__}: {exc})"[:200])
        return None


def _quote_other_cell(evidence: Evidence, finding: Finding) -> None:
    """A cause in an earlier cell is shown with that cell's label and source line."""
    if finding.cell and not evidence.in_this_cell(finding.cell) and finding.line is not None \
            and not finding.other_cell_lines:
        text = evidence.line_text(finding.line, finding.cell)
        if text:
            finding.other_cell_lines.append((finding.cell, finding.line, text))


def _same(a: Finding, b: Finding) -> bool:
    return a.kind == b.kind and a.line == b.line and a.cell == b.cell
