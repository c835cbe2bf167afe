"""The one model of a report's marked listing that the HTML and the text renderer both draw.

Numbers are the editor's: when the body follows a ``%%tfcheck`` line, that line is line 1 (shown
dimmed) and body line ``k`` is line ``k + 1``, as in the notebook's editor and in IPython's
traceback. ``Finding.line`` keeps its documented meaning (1-based within the body).

A long cell is folded: the marked lines keep ``CONTEXT`` lines on each side and the rest becomes
one ``Fold`` row, so the report stays small (a failing 5,000-line cell gives a report of a few
kB; ``bench/bench_long_cell.py``) and the marked lines are not lost in a scroll.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CONTEXT = 3
# Cells up to this many lines are shown whole.
SHOW_WHOLE = 40
# The original error message is cut here in the report; the traceback below it has it all.
MESSAGE_LIMIT = 4000


@dataclass(frozen=True)
class Row:
    """One shown line: its editor number, its text, and how it is marked."""

    number: int
    text: str
    role: str | None = None  # "cause" | "raise" | "both" | "warning" | None
    underline: tuple[int, int] | None = None  # columns of the failing expression
    dimmed: bool = False  # the %%tfcheck line itself


@dataclass(frozen=True)
class Fold:
    """Lines ``first``..``last`` (editor numbers) left out of the listing."""

    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


@dataclass
class Listing:
    rows: list = field(default_factory=list)  # Row | Fold, in order
    roles: set = field(default_factory=set)  # the marks used, for the legend


def line_offset(report) -> int:
    """Editor line minus body line: 1 under a ``%%tfcheck`` line, else 0."""
    return 0 if getattr(report, "header", None) is None else 1


def primary_finding(report):
    errors = [f for f in report.findings if f.severity == "error"]
    if errors:
        return errors[0]
    return report.findings[0] if report.findings else None


def body_roles(report) -> dict[int, str]:
    """Body line -> role, from the findings of this cell and the raise line."""
    causes, warnings, raises = set(), set(), set()
    for finding in report.findings:
        if finding.line is None or finding.cell not in (None, report.cell_label):
            continue
        if finding.severity == "error":
            causes.add(finding.line)
        elif finding.severity == "warning":
            warnings.add(finding.line)
    if report.raise_line is not None:
        raises.add(report.raise_line)
    primary = primary_finding(report)
    if primary is not None and primary.severity == "error" and primary.raise_line is not None:
        raises.add(primary.raise_line)
    roles = {}
    for line in causes | warnings | raises:
        if line in causes and line in raises:
            roles[line] = "both"
        elif line in causes:
            roles[line] = "cause"
        elif line in raises:
            roles[line] = "raise"
        else:
            roles[line] = "warning"
    return roles


def shown_body_lines(count: int, marked, context: int = CONTEXT,
                     show_whole: int = SHOW_WHOLE) -> list[int]:
    """Which 1-based body lines a listing of ``count`` lines shows."""
    if count <= show_whole:
        return list(range(1, count + 1))
    anchors = sorted(line for line in marked if 1 <= line <= count) or [1]
    keep = set()
    for line in anchors:
        keep.update(range(max(1, line - context), min(count, line + context) + 1))
    # A gap of a single line is shown rather than folded: a fold row is no shorter.
    ordered = sorted(keep)
    for a, b in zip(ordered, ordered[1:]):
        if b - a == 2:
            keep.add(a + 1)
    return sorted(keep)


def build_listing(report) -> Listing:
    """The rows of the report's cell listing, marked and folded."""
    lines = report.source.splitlines()
    offset = line_offset(report)
    roles = body_roles(report)
    listing = Listing()
    if offset:
        listing.rows.append(Row(1, report.header, dimmed=True))
    previous = 0
    for body_line in shown_body_lines(len(lines), roles):
        if body_line > previous + 1:
            listing.rows.append(Fold(previous + 1 + offset, body_line - 1 + offset))
        role = roles.get(body_line)
        underline = None
        if body_line == report.raise_line and report.raise_col:
            underline = tuple(report.raise_col)
        listing.rows.append(Row(body_line + offset, lines[body_line - 1], role, underline))
        if role:
            listing.roles.add(role)
        previous = body_line
    if previous < len(lines):
        listing.rows.append(Fold(previous + 1 + offset, len(lines) + offset))
    return listing


def editor_line(report, line: int | None, cell: str | None = None) -> int | None:
    """A body line as the editor numbers it: in the report's own cell (``cell`` None or its
    label) by its header, in another cell by the offset the report carries for it
    (``cell_offsets``: 1 after a ``%%tfcheck`` line, 0 in a plain cell)."""
    if line is None:
        return None
    if cell is None or cell == getattr(report, "cell_label", None):
        return line + line_offset(report)
    return line + (getattr(report, "cell_offsets", None) or {}).get(cell, 0)


def finding_where(finding, report) -> str:
    """``line 4`` (editor numbering) for this cell, ``line 2 of In[3]`` for another cell."""
    if finding.line is None:
        return ""
    line = editor_line(report, finding.line, finding.cell)
    if finding.cell in (None, getattr(report, "cell_label", None)):
        return f"line {line}"
    return f"line {line} of {finding.cell}"


def other_cell_rows(finding, report=None) -> list[tuple[str, int, str]]:
    """``Finding.other_cell_lines`` (body lines) with each line as its cell's editor shows it."""
    return [(label, editor_line(report, line, label) if report is not None else line, text)
            for label, line, text in finding.other_cell_lines]


def record_line(record, report=None):
    """A variable's creating line as the editor numbers it in its cell (``VariableRecord.line``
    counts body lines)."""
    if record.line is None:
        return None
    if report is None:
        return record.line
    return editor_line(report, record.line, record.cell)


def evidence_texts(finding) -> list[str]:
    """The chain of evidence behind a finding (``Finding.evidence``), each link's text."""
    return [link["text"] for link in getattr(finding, "evidence", None) or ()
            if isinstance(link, dict) and isinstance(link.get("text"), str) and link["text"]]


def message_to_show(report) -> str | None:
    """The original message, once: None when a finding's summary already quotes it whole."""
    message = (report.error_message or "").strip()
    if not message:
        return None
    if any(message in (finding.summary or "") for finding in report.findings):
        return None
    if len(message) > MESSAGE_LIMIT:
        message = (message[:MESSAGE_LIMIT]
                   + f"\n… ({len(message) - MESSAGE_LIMIT} more characters in the traceback)")
    return message


def shape_text(shape) -> str:
    if shape is None:
        return "?"
    return "(" + ", ".join("?" if d is None else str(d) for d in shape) + \
        ("," if len(shape) == 1 else "") + ")"


def head_line(report) -> str:
    """The card's heading for a cell that succeeded: its ledger summary, or — when it created
    no variable and the card is there for warnings — how many warnings ("0 variables created"
    would head a card about something else)."""
    warnings = [f for f in report.findings if f.severity == "warning"]
    if not report.variables and warnings:
        return f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    return summary_line(report)


def summary_line(report) -> str:
    from ..devices import short_device

    records = report.variables
    uninitialized = sum(1 for r in records if r.initialized is False)
    devices = sorted({short_device(r.device) for r in records if r.device})
    parts = [f"{len(records)} variable{'s' if len(records) != 1 else ''} created"]
    if uninitialized:
        parts.append(f"{uninitialized} uninitialized")
    if devices:
        parts.append("on " + ", ".join(devices))
    return ", ".join(parts)


def graph_groups(report) -> dict:
    """Records to show (all with --all, else the uninitialized), grouped by creating cell."""
    records = report.variables if report.show_all else report.uninitialized
    groups: dict = {}
    for record in records:
        groups.setdefault(record.cell or "created outside %%tfcheck", []).append(record)
    return groups
