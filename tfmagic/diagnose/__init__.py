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


def diagnose(evidence: Evidence) -> list[Finding]:
    findings: list[Finding] = []
    if evidence.exc is not None:
        for rule in FAILURE_RULES:
            finding = rule(evidence)
            if finding is not None:
                finding.rule = finding.rule or rule.__module__.rsplit(".", 1)[-1]
                findings.append(finding)
                break
        else:
            findings.append(other(evidence))
    for check in WARNING_CHECKS:
        for finding in check(evidence) or ():
            if not any(_same(finding, seen) for seen in findings):
                findings.append(finding)
    return findings


def _same(a: Finding, b: Finding) -> bool:
    return a.kind == b.kind and a.line == b.line and a.cell == b.cell
