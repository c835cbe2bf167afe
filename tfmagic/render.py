"""Render reports as self-contained HTML (inline styles, no scripts) and as plain text.

HTML has to survive nbconvert, VS Code and Colab, which strip classes and stylesheets, so every
style is inline (pygments' token styles are read and written out per span).  Every piece of text
that comes from the user or from TensorFlow — code, names, messages — goes through ``esc``.
"""

from __future__ import annotations

import html
import re

from pygments.lexers import PythonLexer
from pygments.styles import get_style_by_name
from pygments.token import Token

from .devices import device_kind, short_device
from .report import Finding, GraphReport, Report, VariableRecord

CAUSE_BG = "#ffd7d5"
RAISE_BG = "#fff1b8"
BOTH_BG = "#ffc9a8"
SEVERITY_COLOR = {"error": "#c62828", "warning": "#b26a00", "info": "#1565c0"}
FONT = "font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px"
CODE_ROW = (f"{FONT}; margin:0; padding:0 6px; border:0; border-radius:0; line-height:1.45; "
            "white-space:pre; overflow:visible")
BOX = ("border-left: 4px solid {color}; padding: 6px 10px; margin: 4px 0; "
       "font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 13px; "
       "background: #fcfcfc; color: #1b1b1b")

_STYLE = get_style_by_name("default")
_LEXER = PythonLexer(stripnl=False, ensurenl=False)
_ANSI = {"red": "\x1b[31m", "yellow": "\x1b[33m", "bold": "\x1b[1m", "dim": "\x1b[2m",
         "reset": "\x1b[0m", "cyan": "\x1b[36m"}


def esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


_CODE_SPAN = re.compile(r"`([^`]+)`")


def esc_code(text) -> str:
    """Escape, then show ```code``` spans (used in summaries and fixes) as <code>."""
    return _CODE_SPAN.sub(r"<code>\1</code>", esc(text))


def is_terminal() -> bool:
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except Exception:  # noqa: BLE001
        return False
    return type(shell).__name__ == "TerminalInteractiveShell"


# --------------------------------------------------------------------------- code lines


def _token_style(ttype) -> str:
    while ttype not in _STYLE._styles and ttype is not Token:  # noqa: SLF001
        ttype = ttype.parent
    style = _STYLE.style_for_token(ttype)
    parts = []
    if style["color"]:
        parts.append(f"color:#{style['color']}")
    if style["bold"]:
        parts.append("font-weight:bold")
    if style["italic"]:
        parts.append("font-style:italic")
    return ";".join(parts)


def highlighted_lines(source: str) -> list[list[tuple[str, str]]]:
    """The source split in lines, each a list of (inline style, text) tokens."""
    lines: list[list[tuple[str, str]]] = [[]]
    for ttype, value in _LEXER.get_tokens(source):
        style = _token_style(ttype)
        pieces = value.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                lines.append([])
            if piece:
                lines[-1].append((style, piece))
    if source.endswith("\n") and lines and not lines[-1]:
        lines.pop()
    return lines


def _line_html(tokens, mark: tuple[int, int] | None) -> str:
    out = []
    column = 0
    for style, text in tokens:
        start, end = column, column + len(text)
        column = end
        segments = [(text, False)]
        if mark and mark[0] < end and mark[1] > start:
            a = max(mark[0], start) - start
            b = min(mark[1], end) - start
            segments = [(text[:a], False), (text[a:b], True), (text[b:], False)]
        for piece, marked in segments:
            if not piece:
                continue
            span = f'<span style="{style}">{esc(piece)}</span>' if style else esc(piece)
            if marked:
                span = ('<span style="text-decoration: underline wavy #c62828; '
                        f'text-underline-offset: 3px">{span}</span>')
            out.append(span)
    return "".join(out)


def _line_roles(report: Report) -> dict[int, set]:
    roles: dict[int, set] = {}
    first_error = _primary(report)
    for finding in report.findings:
        if finding.severity == "info":
            continue
        if finding.line is not None and (finding.cell in (None, report.cell_label)):
            roles.setdefault(finding.line, set()).add("cause")
    if report.raise_line is not None:
        roles.setdefault(report.raise_line, set()).add("raise")
    if first_error is not None and first_error.raise_line is not None:
        roles.setdefault(first_error.raise_line, set()).add("raise")
    return roles


def _primary(report: Report) -> Finding | None:
    errors = report.errors
    if errors:
        return errors[0]
    return report.findings[0] if report.findings else None


def annotated_cell_html(report: Report) -> str:
    roles = _line_roles(report)
    rows = []
    for number, tokens in enumerate(highlighted_lines(report.source), start=1):
        role = roles.get(number, set())
        background, marker = "transparent", ""
        if role == {"cause", "raise"}:
            background, marker = BOTH_BG, "cause + raised here"
        elif "cause" in role:
            background, marker = CAUSE_BG, "cause"
        elif "raise" in role:
            background, marker = RAISE_BG, "raised here"
        mark = report.raise_col if (number == report.raise_line and report.raise_col) else None
        marker_html = (f'<span style="float:right; color:#8a1c1c; font-size:11px; '
                       f'padding-left:12px">&#9664; {marker}</span>' if marker else "")
        # <pre>, not a div with white-space:pre: nbconvert's HTML export collapses runs of
        # spaces between tags everywhere else, which would flatten the indentation.
        rows.append(
            f'<pre style="{CODE_ROW}; background:{background}">'
            f'<span style="color:#888; user-select:none; display:inline-block; width:3em; '
            f'text-align:right; padding-right:1em">{number}</span>'
            f"{_line_html(tokens, mark)}{marker_html}</pre>")
    return (f'<div style="{FONT}; border:1px solid #ddd; border-radius:3px; margin:6px 0; '
            f'padding:4px 0; background:#fff; overflow-x:auto">{"".join(rows)}</div>')


def legend_html(failed: bool) -> str:
    """The key to the marks; a succeeding cell has only cause lines to explain."""
    cause = (f'<span style="background:{CAUSE_BG}; padding:0 6px">cause</span> the line that '
             + ("caused the failure" if failed else "the warning is about"))
    parts = [cause]
    if failed:
        parts += [f'<span style="background:{RAISE_BG}; padding:0 6px">raised here</span> where '
                  'the exception surfaced',
                  f'<span style="background:{BOTH_BG}; padding:0 6px">both</span>',
                  '<span style="text-decoration: underline wavy #c62828">failing '
                  'expression</span>']
    return ('<div style="font-size:11.5px; color:#555; margin:2px 0 6px">'
            + " &nbsp; ".join(parts) + "</div>")


def _finding_html(finding: Finding, report: Report) -> str:
    color = SEVERITY_COLOR[finding.severity]
    where = ""
    if finding.line is not None:
        cell = finding.cell or report.cell_label
        where = f" &middot; line {finding.line}" + (f" of {esc(cell)}" if cell else "")
    culprits = ""
    if finding.culprits:
        culprits = ('<div style="margin-top:2px"><b>Involved:</b> '
                    + ", ".join(f"<code>{esc(c)}</code>" for c in finding.culprits) + "</div>")
    fix = (f'<div style="margin-top:2px"><b>Fix:</b> {esc_code(finding.fix)}</div>'
           if finding.fix else "")
    other = ""
    for label, line, text in finding.other_cell_lines:
        other += (f'<pre style="{CODE_ROW}; background:{CAUSE_BG}; margin-top:3px">'
                  f'{esc(label)} line {line}: {esc(text)}</pre>')
    return (f'<div style="margin:4px 0"><span style="background:{color}; color:#fff; '
            f'border-radius:3px; padding:0 5px; font-size:11px">{esc(finding.severity)}</span> '
            f'<code style="color:{color}">{esc(finding.kind)}</code>{where}'
            f'<div style="margin-top:2px">{esc_code(finding.summary)}</div>{culprits}{fix}{other}'
            '</div>')


def variables_table_html(records: list[VariableRecord], max_rows: int, title: str,
                         status: dict | None = None) -> str:
    if not records:
        return ""
    header = ["name", "shape", "dtype", "device", "scope", "owner", "cell", "line"]
    # A %%tfcheck summary shows the column only when something is left uninitialized.
    show_initialized = status is not None or any(r.initialized is False for r in records)
    if show_initialized:
        header.append("initialized")
    head = "".join(f'<th style="text-align:left; padding:1px 8px">{h}</th>' for h in header)
    body = []
    for record in records[:max_rows]:
        device = short_device(record.device)
        if record.requested_device and device_kind(record.requested_device) != \
                device_kind(record.device):
            device = f"{device} (asked {short_device(record.requested_device)})"
        if record.replica_devices:
            device = ", ".join(short_device(d) for d in record.replica_devices)
        cells = [record.name, _shape(record.shape), record.dtype, device,
                 record.variable_scope or record.name_scope, record.owner, record.cell,
                 record.line]
        if show_initialized:
            cells.append({True: "yes", False: "NO", None: "?"}[record.initialized])
        body.append("<tr>" + "".join(
            f'<td style="padding:1px 8px; {FONT}">{esc("" if c is None else c)}</td>'
            for c in cells) + "</tr>")
    more = ""
    if len(records) > max_rows:
        more = (f'<div style="color:#666">&hellip; {len(records) - max_rows} more '
                f"(raise <code>%config TFMagics.max_rows</code>)</div>")
    return (f"<details><summary>{esc(title)}</summary>"
            f'<table style="border-collapse:collapse; margin:4px 0">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"
            f"</details>")


def _shape(shape) -> str:
    if shape is None:
        return "?"
    return "(" + ", ".join("?" if d is None else str(d) for d in shape) + \
        ("," if len(shape) == 1 else "") + ")"


def summary_line(report: Report) -> str:
    records = report.variables
    uninitialized = sum(1 for r in records if r.initialized is False)
    devices = sorted({short_device(r.device) for r in records if r.device})
    parts = [f"{len(records)} variable{'s' if len(records) != 1 else ''} created"]
    if uninitialized:
        parts.append(f"{uninitialized} uninitialized")
    if devices:
        parts.append("on " + ", ".join(devices))
    return ", ".join(parts)


def report_html(report: Report) -> str:
    primary = _primary(report)
    color = SEVERITY_COLOR["error"] if not report.ok else (
        SEVERITY_COLOR[primary.severity] if primary and primary.severity != "info" else "#2e7d32")
    label = esc(report.cell_label or "cell")
    if report.ok:
        title = f"<b>tfmagic</b> &middot; {label} &middot; " + esc(summary_line(report))
    else:
        title = (f"<b>tfmagic</b> &middot; {label} &middot; <b>{esc(report.error_type)}</b>")
    parts = [f'<div style="{BOX.format(color=color)}">', f"<div>{title}</div>"]
    for finding in report.findings:
        parts.append(_finding_html(finding, report))
    if not report.ok or report.errors or report.warnings:
        if report.source:
            parts.append(annotated_cell_html(report))
            parts.append(legend_html(not report.ok))
    if report.error_message:
        parts.append(f"<details><summary>{esc(report.error_type)}: original message</summary>"
                     f'<pre style="{FONT}; white-space:pre-wrap">{esc(report.error_message)}'
                     "</pre></details>")
    parts.append(variables_table_html(
        report.variables, report.max_rows,
        f"{summary_line(report)} (table)"))
    for fact in report.unavailable:
        parts.append(f'<div style="color:#666; font-size:11.5px">not available here: '
                     f"{esc(fact)}</div>")
    for fault in report.faults:
        parts.append(f'<div style="color:#666; font-size:11.5px">tfmagic fault: {esc(fault)}; '
                     "your code ran unaffected.</div>")
    if report.internal_error:
        parts.append(f'<div style="color:#666; font-size:11.5px">tfmagic: the diagnosis failed '
                     f"({esc(report.internal_error)}); your error is shown unchanged below.</div>")
    parts.append("</div>")
    return "".join(parts)


# --------------------------------------------------------------------------- text


def _c(text: str, style: str, color: bool) -> str:
    return f"{_ANSI[style]}{text}{_ANSI['reset']}" if color else text


def annotated_cell_text(report: Report, color: bool) -> list[str]:
    roles = _line_roles(report)
    lines = report.source.splitlines()
    out = []
    for number, text in enumerate(lines, start=1):
        role = roles.get(number, set())
        marker = "  "
        note = ""
        if role == {"cause", "raise"}:
            marker, note = ">>", "  <- cause + raised here"
        elif "cause" in role:
            marker, note = ">>", "  <- cause"
        elif "raise" in role:
            marker, note = "->", "  <- raised here"
        line = f"{marker}{number:4d} | {text}"
        if role:
            line = _c(line, "red" if "cause" in role else "yellow", color) + _c(note, "dim", color)
        out.append(line)
        if number == report.raise_line and report.raise_col:
            start, end = report.raise_col
            out.append(" " * (9 + start) + "^" * max(1, end - start))
    return out


def report_text(report: Report, color: bool = False) -> str:
    label = report.cell_label or "cell"
    if report.ok:
        head = f"tfmagic {label}: {summary_line(report)}"
    else:
        head = f"tfmagic {label}: {report.error_type}"
    out = [_c(head, "bold", color)]
    for finding in report.findings:
        where = f" (line {finding.line}" + (
            f" of {finding.cell})" if finding.cell and finding.cell != report.cell_label else ")"
        ) if finding.line is not None else ""
        out.append(f"  [{finding.severity}] {finding.kind}{where}: {finding.summary}")
        if finding.culprits:
            out.append("    involved: " + ", ".join(finding.culprits))
        if finding.fix:
            out.append("    fix: " + finding.fix)
        for cell, line, text in finding.other_cell_lines:
            out.append(f"    {cell} line {line}: {text}")
    if report.source and (not report.ok or report.errors or report.warnings):
        out.append("")
        out.extend(annotated_cell_text(report, color))
    for fact in report.unavailable:
        out.append(f"  (not available here: {fact})")
    for fault in report.faults:
        out.append(f"  (tfmagic fault: {fault}; your code ran unaffected)")
    if report.internal_error:
        out.append(f"  tfmagic: the diagnosis failed ({report.internal_error}); "
                   "your error is shown unchanged.")
    return "\n".join(out)


def report_bundle(report: Report) -> dict:
    return {"text/plain": report_text(report, color=is_terminal()),
            "text/html": report_html(report)}


# --------------------------------------------------------------------------- %tfgraph


def _graph_groups(report: GraphReport) -> dict:
    """Records to show (all with --all, else the uninitialized), grouped by creating cell."""
    records = report.variables if report.show_all else report.uninitialized
    groups: dict = {}
    for record in records:
        groups.setdefault(record.cell or "created outside %%tfcheck", []).append(record)
    return groups


def _graph_state(initialized) -> str:
    return {True: "initialized", False: "UNINITIALIZED", None: "unknown"}[initialized]


def graph_text(report: GraphReport, color: bool = False) -> str:
    max_rows = getattr(report, "max_rows", 50)
    out = [_c(f"tfmagic %tfgraph ({report.mode} mode)", "bold", color)]
    out.extend(f"  {note}" for note in report.notes)
    for cell, group in _graph_groups(report).items():
        out.append(f"  {cell}: {len(group)} variable(s)")
        for record in group[:max_rows]:
            where = f" line {record.line}" if record.line else ""
            state = _graph_state(record.initialized)
            if record.initialized is False:
                state = _c(state, "red", color)
            scope = record.variable_scope or record.name_scope
            out.append(f"    {record.name} {_shape(record.shape)} {record.dtype or ''}"
                       f"{' scope ' + scope if scope else ''}"
                       f"{' on ' + record.device if record.device else ''} {state}{where}")
        if len(group) > max_rows:
            out.append(f"    ... {len(group) - max_rows} more (raise %config "
                       "TFMagics.max_rows)")
    for finding in report.findings:
        out.append(f"  [{finding.severity}] {finding.kind}: {finding.summary}")
        if finding.culprits:
            out.append("    involved: " + ", ".join(finding.culprits))
        if finding.fix:
            lines = finding.fix.splitlines()
            out.append("    fix: " + lines[0])
            out.extend("      " + line for line in lines[1:])
    return "\n".join(out)


def _graph_finding_html(finding: Finding) -> str:
    """A finding whose multi-line fix (an assignment_map, a restore call) is shown as code."""
    if "\n" not in finding.fix:
        return _finding_html(finding, Report(ok=True))
    intro, _, code = finding.fix.partition("\n")
    plain = Finding(kind=finding.kind, severity=finding.severity, summary=finding.summary,
                    fix=intro, culprits=list(finding.culprits))
    block = (f'<pre style="{FONT}; background:#f6f8fa; border:1px solid #ddd; padding:4px 8px; '
             f'margin:3px 0 3px 0; white-space:pre-wrap">{esc(code)}</pre>')
    html_text = _finding_html(plain, Report(ok=True))
    return html_text[: -len("</div>")] + block + "</div>"


def graph_html(report: GraphReport) -> str:
    max_rows = getattr(report, "max_rows", 50)
    problems = report.uninitialized or any(f.severity != "info" for f in report.findings)
    color = SEVERITY_COLOR["warning"] if problems else "#2e7d32"
    uninitialized = len(report.uninitialized)
    headline = (f"{uninitialized} uninitialized of {len(report.variables)} variable(s)"
                if report.mode == "graph" and report.variables else
                f"{len(report.findings)} finding(s)")
    parts = [f'<div style="{BOX.format(color=color)}">',
             f"<div><b>tfmagic</b> &middot; %tfgraph ({esc(report.mode)} mode) &middot; "
             f"{esc(headline)}</div>"]
    parts.extend(f'<div style="margin:2px 0">{esc_code(note)}</div>' for note in report.notes)
    for cell, group in _graph_groups(report).items():
        title = f"{cell}: {len(group)} variable(s)"
        if not report.show_all:
            title += " not initialized"
        parts.append(variables_table_html(group, max_rows, title, status={})
                     .replace("<details>", "<details open>", 1))
    for finding in report.findings:
        parts.append(_graph_finding_html(finding))
    parts.append("</div>")
    return "".join(parts)


def graph_bundle(report: GraphReport) -> dict:
    return {"text/plain": graph_text(report, color=is_terminal()),
            "text/html": graph_html(report)}

