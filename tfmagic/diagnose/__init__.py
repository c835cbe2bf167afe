"""Diagnosis: evidence in, findings out.

The one entry point is ``diagnose(evidence, faults=None) -> list[Finding]``:

* ``evidence`` — an ``Evidence`` collected once per cell (``Evidence.collect(...)``, see
  ``evidence.py``): the exception, the frames that run cell code, the failing op's traceback,
  the ledger's variable records, the timeline, the cells' code and the namespace;
* ``faults`` — a list that receives one line per rule that raised (the rule is skipped, the
  rest of the diagnosis stands);
* returns the findings, most important first for a failing cell: exactly one ``error``
  finding that explains the exception (``other`` when no rule finds its cause), then the
  warnings about silent bugs.

Which rule explains which failure is declared in ``registry.py`` (triggers and precedence in
one table); rules live in ``rules/<kind>.py``, shared wording in ``phrases.py``.
"""

from __future__ import annotations

from ..report import Finding
from . import registry
from .evidence import CellFrame, Evidence

__all__ = ["CellFrame", "Evidence", "diagnose"]


def diagnose(evidence: Evidence, faults: list[str] | None = None) -> list[Finding]:
    """Findings for one cell (see the module docstring)."""
    faults = faults if faults is not None else []
    findings: list[Finding] = []
    if evidence.exc is not None:
        findings.append(registry.explain(evidence, faults))
    for finding in registry.warnings(evidence, faults):
        if not any(_same(finding, seen) for seen in findings):
            findings.append(finding)
    for finding in findings:
        _quote_other_cell(evidence, finding)
    return findings


def _quote_other_cell(evidence: Evidence, finding: Finding) -> None:
    """A cause in an earlier cell is shown with that cell's label and source line."""
    if finding.cell and not evidence.in_this_cell(finding.cell) and finding.line is not None \
            and not finding.other_cell_lines:
        text = evidence.line_text(finding.line, finding.cell)
        if text:
            finding.other_cell_lines.append((finding.cell, finding.line, text))


def _same(a: Finding, b: Finding) -> bool:
    return a.kind == b.kind and a.line == b.line and a.cell == b.cell
