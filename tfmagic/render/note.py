"""The diagnosis as a PEP 678 note on the failing exception: where errors are *read*.

Why: notebook assistants ("explain this error", jupyter-ai's ``/fix``), papermill, nbconvert and
CI logs read a cell's *error* output — the traceback, ``ename`` and ``evalue`` — and never the
``display_data`` card above it. A note added with ``BaseException.add_note`` is printed by
IPython below the ``ValueError: ...`` line, inside that error output, so the runtime evidence
reaches whoever reads the error. The note says only what the report says, in at most
``MAX_LINES`` plain-text lines (no colour codes: logs and prompts carry them verbatim).
"""

from __future__ import annotations

import re

from .model import editor_line, evidence_texts, primary_finding

PREFIX = "tfmagic:"
MAX_LINES = 6
# One note line at most this long: the note is a pointer to the report, not a second report.
MAX_WIDTH = 240


def _one_line(text: str, width: int = 10 * MAX_WIDTH) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _code_at(report, finding, line_text) -> str:
    """The source of the finding's line: this cell's from the report, another cell's from the
    finding's own quote of it, else from ``line_text(label, editor_line)`` when given."""
    if finding.cell in (None, report.cell_label):
        lines = (report.source or "").splitlines()
        return lines[finding.line - 1] if 1 <= finding.line <= len(lines) else ""
    for label, line, text in finding.other_cell_lines:
        if label == finding.cell and line == finding.line:
            return text
    if line_text is None:
        return ""
    try:
        return line_text(finding.cell, editor_line(report, finding.line, finding.cell)) or ""
    except Exception:  # noqa: BLE001 - a missing source costs the quote, not the note
        return ""


def exception_note(report, line_text=None) -> str | None:
    """The note for a failed cell's report, or None when the report has nothing to add.

    ``line_text(label, editor_line)`` returns the source of a line of another cell (the note
    quotes the cause line: an assistant may see only the failing cell).
    """
    if report.ok or report.internal_error:
        return None
    finding = primary_finding(report)
    if finding is None or finding.severity != "error":
        return None
    lines = [f"{PREFIX} {finding.kind}: {_one_line(finding.summary)}"]
    if finding.line is not None:
        label = finding.cell or report.cell_label or "this cell"
        where = f"{label} line {editor_line(report, finding.line, finding.cell)}"
        if finding.cell in (None, report.cell_label) and finding.line == report.raise_line:
            where += " (where it raised)"
        code = _one_line(_code_at(report, finding, line_text), 160)
        lines.append(f"  cause: {where}" + (f": {code}" if code else ""))
    chain = [_one_line(text, 120) for text in evidence_texts(finding)]
    if chain:
        lines.append("  evidence: " + _one_line(" <- ".join(chain)))
    if finding.fix:
        lines.append(f"  fix: {_one_line(finding.fix)}")
    return "\n".join(_clip(line) for line in lines[:MAX_LINES])


def _clip(line: str) -> str:
    return line if len(line) <= MAX_WIDTH else line[:MAX_WIDTH - 1].rstrip() + "…"


def add_note(exc: BaseException, note: str | None) -> bool:
    """Append ``note`` to ``exc`` once; never on Ctrl-C, exit or the debugger's quit.

    The same exception object keeps propagating: this only appends to ``__notes__``. An
    exception that already carries a tfmagic note (re-raised, re-reported) gets no second one.
    Returns whether a note was added; a fault leaves the exception as it was.
    """
    import bdb

    if not note or not isinstance(exc, Exception) or isinstance(exc, bdb.BdbQuit):
        return False
    try:
        notes = exc.__dict__.get("__notes__")
        if isinstance(notes, list) and any(isinstance(n, str) and n.startswith(PREFIX)
                                           for n in notes):
            return False
        if hasattr(BaseException, "add_note"):   # Python 3.11+
            exc.add_note(note)
        elif notes is None:                     # 3.10: the attribute PEP 678 specifies
            exc.__notes__ = [note]
        elif isinstance(notes, list):
            notes.append(note)
        else:
            return False
        return True
    except Exception:  # noqa: BLE001 - never change the user's error on tfmagic's account
        return False
