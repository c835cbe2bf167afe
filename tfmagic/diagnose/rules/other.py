"""Fallback: any failure gets the annotated cell with its raise line."""

from __future__ import annotations

from ...report import Finding


def other(evidence) -> Finding:
    frame = evidence.deepest_raise_frame()
    line = evidence.raise_line
    cell = None
    if frame is not None and not evidence.in_this_cell(frame.label):
        # The failing code is a function defined in an earlier cell.
        cell, line = frame.label, frame.line
    first_line = (evidence.message or "").strip().splitlines()
    text = first_line[0] if first_line else ""
    where = f"line {line}" + (f" of {cell}" if cell else "") if line else "this cell"
    return Finding(
        kind="other",
        severity="error",
        line=line,
        raise_line=evidence.raise_line,
        cell=cell,
        culprits=[],
        summary=f"{evidence.error_type} at {where}: {text}"[:400],
        fix="Read the marked line: the failing expression is underlined.",
        rule="other",
    )
