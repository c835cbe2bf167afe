"""Plain text for terminals and logs: wrapped to the width, ANSI colour only in a terminal.

Prose wraps with a hanging indent (continuation lines start under the text, not under the
bullet); code rows wrap under the code column. The report ends with a blank line so it stands
apart from the traceback or output that follows it.
"""

from __future__ import annotations

import textwrap

from . import model

_ANSI = {"red": "\x1b[31m", "yellow": "\x1b[33m", "magenta": "\x1b[35m", "bold": "\x1b[1m",
         "dim": "\x1b[2m", "reset": "\x1b[0m"}
_ROLE = {"cause": (">>", "red", "cause"), "both": (">>", "red", "cause + raised here"),
         "raise": ("->", "magenta", "raised here"), "warning": ("!!", "yellow", "warning")}
GUTTER = 9  # "MM NNNN | "


def _c(text: str, style: str, color: bool) -> str:
    return f"{_ANSI[style]}{text}{_ANSI['reset']}" if color else text


class _Writer:
    def __init__(self, width: int, color: bool):
        self.width = max(40, width)
        self.color = color
        self.lines: list[str] = []

    def prose(self, text: str, indent: str = "", hanging: str | None = None) -> None:
        """Wrap ``text`` after ``indent``; continuation lines start at ``hanging``."""
        hanging = indent + "    " if hanging is None else hanging
        for paragraph in str(text).splitlines() or [""]:
            self.lines.extend(textwrap.wrap(
                paragraph, self.width, initial_indent=indent, subsequent_indent=hanging,
                break_long_words=True, break_on_hyphens=False) or [indent.rstrip()])
            indent = hanging

    def code(self, prefix: str, text: str, style: str | None = None, note: str = "") -> None:
        room = max(20, self.width - len(prefix))
        pieces = [text[i:i + room] for i in range(0, len(text), room)] or [""]
        for index, piece in enumerate(pieces):
            lead = prefix if index == 0 else " " * (len(prefix) - 2) + "| "
            line = lead + piece
            if style:
                line = _c(line, style, self.color)
            if note and index == len(pieces) - 1:
                line += _c(note, "dim", self.color)
            self.lines.append(line)


def _listing(writer: _Writer, listing: model.Listing) -> None:
    for row in listing.rows:
        if isinstance(row, model.Fold):
            writer.lines.append(_c(f"   {'':>4} : ... {row.count} line"
                                   f"{'s' if row.count != 1 else ''} folded "
                                   f"({row.first}-{row.last})", "dim", writer.color))
            continue
        if row.dimmed:
            writer.code(f"   {row.number:4d} | ", row.text, "dim")
            continue
        marker, style, note = _ROLE.get(row.role, ("  ", None, ""))
        writer.code(f"{marker} {row.number:4d} | ", row.text, style,
                    f"  <- {note}" if note else "")
        if row.underline:
            start, end = row.underline
            writer.lines.append(" " * (GUTTER + start) + "^" * max(1, end - start))


def _finding(writer: _Writer, finding, report=None) -> None:
    where = model.finding_where(finding, report) if report is not None else ""
    writer.prose(f"[{finding.severity}] {finding.kind}{f' ({where})' if where else ''}: "
                 f"{finding.summary}", indent="  ", hanging="      ")
    if finding.culprits:
        writer.prose("involved: " + ", ".join(finding.culprits), indent="    ", hanging="      ")
    chain = model.evidence_texts(finding)
    if chain:
        writer.prose("evidence: " + " <- ".join(chain), indent="    ", hanging="      ")
    if finding.fix:
        first, *rest = finding.fix.splitlines()
        writer.prose("fix: " + first, indent="    ", hanging="      ")
        writer.lines.extend("      " + line for line in rest)  # code: not re-wrapped
    for cell, line, text in model.other_cell_rows(finding, report):
        writer.prose(f"{cell} line {line}: {text}", indent="    ", hanging="      ")


def report_text(report, view) -> str:
    writer = _Writer(view.width, view.color)
    label = report.cell_label or "cell"
    head = model.head_line(report) if report.ok else report.error_type
    writer.lines.append(_c(f"tfmagic {label}: {head}", "bold", view.color))
    for finding in report.findings:
        _finding(writer, finding, report)
    if report.source and (not report.ok or any(f.severity != "info" for f in report.findings)):
        writer.lines.append("")
        _listing(writer, model.build_listing(report))
    for fact in report.unavailable:
        writer.prose(f"(not available here: {fact})", indent="  ")
    for fault in report.faults:
        writer.prose(f"(tfmagic fault: {fault}; your code ran unaffected)", indent="  ")
    if report.internal_error:
        writer.prose(f"tfmagic: the diagnosis failed ({report.internal_error}); "
                     "your error is shown unchanged.", indent="  ")
    return "\n".join(writer.lines) + "\n"


def graph_text(report, view) -> str:
    writer = _Writer(view.width, view.color)
    writer.lines.append(_c(f"tfmagic %tfgraph ({report.mode} mode)", "bold", view.color))
    for note in report.notes:
        writer.prose(note, indent="  ")
    for cell, group in model.graph_groups(report).items():
        writer.lines.append(f"  {cell}: {len(group)} variable(s)")
        for record in group[:view.max_rows]:
            line = model.record_line(record, report)
            where = f" line {line}" if line else ""
            state = {True: "initialized", False: "UNINITIALIZED", None: "unknown"}[
                record.initialized]
            if record.initialized is False:
                state = _c(state, "red", view.color)
            scope = record.variable_scope or record.name_scope
            writer.prose(f"{record.name} {model.shape_text(record.shape)} {record.dtype or ''}"
                         f"{' scope ' + scope if scope else ''}"
                         f"{' on ' + record.device if record.device else ''} {state}{where}",
                         indent="    ", hanging="        ")
        if len(group) > view.max_rows:
            writer.lines.append(f"    ... {len(group) - view.max_rows} more (raise %config "
                                "TFMagics.max_rows)")
    for finding in report.findings:
        _finding(writer, finding, report)
    return "\n".join(writer.lines) + "\n"
