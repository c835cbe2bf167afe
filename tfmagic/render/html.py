"""Self-contained HTML (inline styles, no scripts, no classes) for reports and %tfgraph.

nbconvert, VS Code and Colab strip classes and stylesheets, so every style is inline and every
colour comes from ``theme`` (the host's CSS variables with fallbacks). JupyterLab styles ``pre``,
``code``, ``th`` and ``td`` itself, so each of them gets its colour and background here, and every
element that sets a background sets its colour too. Every piece of text that comes from the user
or from TensorFlow goes through ``esc``.
"""

from __future__ import annotations

import functools
import html
import re

import pygments.token
from pygments.lexers import PythonLexer

from ..devices import device_kind, short_device
from . import model, theme
from .theme import BG, BORDER, CHIP_BG, CODE_BG, FG, FG_DIM, MARK, MARK_WORD

FONT = "font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px"
SANS = "font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; font-size: 13px"
CODE_ROW = (f"{FONT}; margin:0; padding:0 6px 0 0; border:0; border-radius:0; line-height:1.45; "
            "white-space:pre; overflow:visible")
TEXT = f"color:{FG}; background:transparent"
DIM = f"color:{FG_DIM}; background:transparent"
CODE = f"{FONT}; color:{FG}; background:{CHIP_BG}; padding:0 3px; border-radius:3px"

_LEXER = PythonLexer(stripnl=False, ensurenl=False)
_CODE_SPAN = re.compile(r"`([^`]+)`")


def esc(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def esc_code(text) -> str:
    """Escape, then show ```code``` spans (used in summaries and fixes) as <code>."""
    return _CODE_SPAN.sub(lambda m: f'<code style="{CODE}">{m.group(1)}</code>', esc(text))


# theme.TOKEN_STYLE's names resolved to pygments token types: "String" is Token.Literal.String.
_STYLE_BY_TOKEN = {functools.reduce(getattr, name.split("."), pygments.token): style
                   for name, style in theme.TOKEN_STYLE.items()}


def _token_style(ttype) -> str:
    """The style of the nearest ancestor of ``ttype`` that has one, as pygments' formatters do."""
    while ttype is not None:
        style = _STYLE_BY_TOKEN.get(ttype)
        if style:
            return style
        ttype = ttype.parent
    return ""


def highlighted(texts: list[str]) -> list[list[tuple[str, str]]]:
    """Consecutive lines lexed together, each back as (inline style, text) tokens."""
    lines: list[list[tuple[str, str]]] = [[]]
    for ttype, value in _LEXER.get_tokens("\n".join(texts)):
        style = _token_style(ttype)
        for index, piece in enumerate(value.split("\n")):
            if index:
                lines.append([])
            if piece:
                lines[-1].append((style, piece))
    return (lines + [[] for _ in texts])[: len(texts)]


def _code_html(tokens, underline: tuple[int, int] | None) -> str:
    out = []
    column = 0
    for style, text in tokens:
        start, end = column, column + len(text)
        column = end
        segments = [(text, False)]
        if underline and underline[0] < end and underline[1] > start:
            a = max(underline[0], start) - start
            b = min(underline[1], end) - start
            segments = [(text[:a], False), (text[a:b], True), (text[b:], False)]
        for piece, marked in segments:
            if not piece:
                continue
            span = f'<span style="{style}">{esc(piece)}</span>' if style else esc(piece)
            if marked:
                span = (f'<span style="text-decoration: underline wavy {theme.ACCENT["error"]}; '
                        f'text-underline-offset: 3px">{span}</span>')
            out.append(span)
    return "".join(out)


def _gutter(number, word: str = "") -> str:
    """The line number, dimmed; on a marked row (``word`` names the mark) in the full text
    colour: dimmed text on a tint fell under 4.5:1 with VS Code's Modern themes (3.2:1
    measured, tests/test_browser.py), and the number and word are what the mark says."""
    style = TEXT if word else DIM
    return (f'<span style="{style}; user-select:none; display:inline-block; width:8em; '
            f'text-align:right; padding-right:1em"><span style="font-size:10.5px">{esc(word)}'
            f'</span> {number}</span>')


def listing_html(listing: model.Listing) -> str:
    rows = []
    chunks: list[list[model.Row]] = []
    for row in listing.rows:
        if isinstance(row, model.Row) and not row.dimmed:
            if chunks and chunks[-1] is not None:
                chunks[-1].append(row)
                continue
            chunks.append([row])
        else:
            chunks.append(None)
    tokens: dict[int, list] = {}
    for chunk in chunks:
        if chunk:
            for row, line_tokens in zip(chunk, highlighted([r.text for r in chunk])):
                tokens[row.number] = line_tokens
    for row in listing.rows:
        if isinstance(row, model.Fold):
            rows.append(f'<pre style="{CODE_ROW}; {DIM}; font-style:italic">'
                        f'{_gutter("&#8942;")}{row.count} line{"s" if row.count != 1 else ""} '
                        f"folded ({row.first}&ndash;{row.last})</pre>")
            continue
        if row.dimmed:
            rows.append(f'<pre style="{CODE_ROW}; {DIM}">{_gutter(row.number)}'
                        f"{esc(row.text)}</pre>")
            continue
        if row.role:
            background, bar = MARK[row.role]
            plain = [("", row.text)]  # marked rows drop token colours (theme.py says why)
            rows.append(f'<pre style="{CODE_ROW}; color:{FG}; background:{background}; '
                        f'box-shadow: inset 3px 0 0 {bar}">'
                        f"{_gutter(row.number, MARK_WORD[row.role])}"
                        f"{_code_html(plain, row.underline)}</pre>")
        else:
            rows.append(f'<pre style="{CODE_ROW}; {TEXT}">{_gutter(row.number)}'
                        f"{_code_html(tokens.get(row.number, []), row.underline)}</pre>")
    return (f'<div style="{FONT}; color:{FG}; background:{CODE_BG}; border:1px solid {BORDER}; '
            f'border-radius:3px; margin:6px 0; padding:4px 0; overflow-x:auto">'
            f'{"".join(rows)}</div>')


_LEGEND = {
    "cause": "the line that caused the failure",
    "warning": "the line the warning is about",
    "raise": "where the exception surfaced",
    "both": "cause and raise on one line",
}


def legend_html(listing: model.Listing) -> str:
    """The key to the marks this listing uses."""
    parts = []
    for role in ("cause", "warning", "raise", "both"):
        if role in listing.roles:
            background, bar = MARK[role]
            parts.append(f'<span style="color:{FG}; background:{background}; '
                         f'box-shadow: inset 3px 0 0 {bar}; padding:0 6px 0 8px">'
                         f"{MARK_WORD[role]}</span> {_LEGEND[role]}")
    if any(isinstance(r, model.Row) and r.underline for r in listing.rows):
        parts.append(f'<span style="text-decoration: underline wavy {theme.ACCENT["error"]}">'
                     "failing expression</span>")
    if not parts:
        return ""
    return (f'<div style="{DIM}; font-size:11.5px; margin:2px 0 6px">'
            + " &nbsp; ".join(parts) + "</div>")


def _chip(severity: str) -> str:
    return (f'<span style="color:{FG}; background:{CHIP_BG}; border:1px solid '
            f'{theme.ACCENT[severity]}; border-left-width:4px; border-radius:3px; padding:0 5px; '
            f'font-size:11px">{esc(severity)}</span>')


def finding_html(finding, report=None) -> str:
    where = ""
    if report is not None:
        where = model.finding_where(finding, report)
        where = f" &middot; {esc(where)}" if where else ""
    culprits = ""
    if finding.culprits:
        culprits = ('<div style="margin-top:2px"><b>Involved:</b> '
                    + ", ".join(f'<code style="{CODE}">{esc(c)}</code>' for c in finding.culprits)
                    + "</div>")
    chain = model.evidence_texts(finding)
    if chain:
        culprits += ('<div style="margin-top:2px"><b>Evidence:</b> '
                     + " &larr; ".join(esc_code(text) for text in chain) + "</div>")
    fix = finding.fix or ""
    code_block = ""
    if "\n" in fix:
        # A multi-line fix (an assignment_map, a restore call): the first line says what to do,
        # the rest is code.
        fix, _, code = fix.partition("\n")
        code_block = (f'<pre style="{FONT}; color:{FG}; background:{CODE_BG}; '
                      f'border:1px solid {BORDER}; padding:4px 8px; margin:3px 0; '
                      f'white-space:pre-wrap">{esc(code)}</pre>')
    fix_html = (f'<div style="margin-top:2px"><b>Fix:</b> {esc_code(fix)}</div>' if fix else "")
    other = ""
    for label, line, text in model.other_cell_rows(finding, report):
        background, bar = MARK["cause"]
        other += (f'<pre style="{CODE_ROW}; color:{FG}; background:{background}; '
                  f'box-shadow: inset 3px 0 0 {bar}; padding-left:8px; margin-top:3px">'
                  f"{esc(label)} line {line}: {esc(text)}</pre>")
    return (f'<div style="margin:4px 0">{_chip(finding.severity)} '
            f'<code style="{CODE}">{esc(finding.kind)}</code>{where}'
            f'<div style="margin-top:2px">{esc_code(finding.summary)}</div>{culprits}{fix_html}'
            f"{code_block}{other}</div>")


def variables_table_html(records, max_rows: int, title: str, show_initialized: bool = False,
                         open_: bool = False, report=None) -> str:
    if not records:
        return ""
    header = ["name", "shape", "dtype", "device", "scope", "owner", "cell", "line"]
    # A %%tfcheck summary shows the column only when something is left uninitialized.
    show_initialized = show_initialized or any(r.initialized is False for r in records)
    if show_initialized:
        header.append("initialized")
    cell_style = f"color:{FG}; background:{BG}; border:0; padding:1px 8px; text-align:left"
    head = "".join(f'<th style="{cell_style}; border-bottom:1px solid {BORDER}">{h}</th>'
                   for h in header)
    body = []
    for record in records[:max_rows]:
        device = short_device(record.device)
        if record.requested_device and device_kind(record.requested_device) != \
                device_kind(record.device):
            device = f"{device} (asked {short_device(record.requested_device)})"
        if record.replica_devices:
            device = ", ".join(short_device(d) for d in record.replica_devices)
        cells = [record.name, model.shape_text(record.shape), record.dtype, device,
                 record.variable_scope or record.name_scope, record.owner, record.cell,
                 model.record_line(record, report)]
        if show_initialized:
            cells.append({True: "yes", False: "NO", None: "?"}[record.initialized])
        body.append("<tr>" + "".join(
            f'<td style="{cell_style}; {FONT}">{esc("" if c is None else c)}</td>'
            for c in cells) + "</tr>")
    more = ""
    if len(records) > max_rows:
        more = (f'<div style="{DIM}">&hellip; {len(records) - max_rows} more '
                f'(raise <code style="{CODE}">%config TFMagics.max_rows</code>)</div>')
    return (f"<details{' open' if open_ else ''}><summary>{esc(title)}</summary>"
            f'<table style="border-collapse:collapse; margin:4px 0; color:{FG}; '
            f'background:{BG}">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"
            f"</details>")


def _box(accent: str, content: str) -> str:
    return (f'<div style="border-left: 4px solid {accent}; padding: 6px 10px; margin: 4px 0; '
            f'{SANS}; color:{FG}; background:{BG}">{content}</div>')


def _note(text: str) -> str:
    return f'<div style="{DIM}; font-size:11.5px">{text}</div>'


def report_html(report, view) -> str:
    primary = model.primary_finding(report)
    if not report.ok:
        accent = theme.ACCENT["error"]
    elif primary is not None and primary.severity != "info":
        accent = theme.ACCENT[primary.severity]
    else:
        accent = theme.ACCENT["ok"]
    label = esc(report.cell_label or "cell")
    if report.ok:
        title = f"<b>tfmagic</b> &middot; {label} &middot; " + esc(model.head_line(report))
    else:
        title = f"<b>tfmagic</b> &middot; {label} &middot; <b>{esc(report.error_type)}</b>"
    parts = [f"<div>{title}</div>"]
    parts.extend(finding_html(finding, report) for finding in report.findings)
    if report.source and (not report.ok or any(f.severity != "info" for f in report.findings)):
        listing = model.build_listing(report)
        parts.append(listing_html(listing))
        parts.append(legend_html(listing))
    message = model.message_to_show(report)
    if message:
        parts.append(f"<details><summary>{esc(report.error_type)}: original message</summary>"
                     f'<pre style="{FONT}; color:{FG}; background:{CODE_BG}; margin:2px 0; '
                     f'padding:4px 8px; white-space:pre-wrap">{esc(message)}</pre></details>')
    if view.show_summary or report.has_problems:
        parts.append(variables_table_html(report.variables, view.max_rows,
                                          f"{model.summary_line(report)} (table)",
                                          report=report))
    parts.extend(_note(f"not available here: {esc(fact)}") for fact in report.unavailable)
    parts.extend(_note(f"tfmagic fault: {esc(fault)}; your code ran unaffected.")
                 for fault in report.faults)
    if report.internal_error:
        parts.append(_note(f"tfmagic: the diagnosis failed ({esc(report.internal_error)}); "
                           "your error is shown unchanged below."))
    return _box(accent, "".join(parts))


def graph_html(report, view) -> str:
    problems = report.uninitialized or any(f.severity != "info" for f in report.findings)
    accent = theme.ACCENT["warning" if problems else "ok"]
    uninitialized = len(report.uninitialized)
    headline = (f"{uninitialized} uninitialized of {len(report.variables)} variable(s)"
                if report.mode == "graph" and report.variables else
                f"{len(report.findings)} finding(s)")
    parts = [f"<div><b>tfmagic</b> &middot; %tfgraph ({esc(report.mode)} mode) &middot; "
             f"{esc(headline)}</div>"]
    parts.extend(f'<div style="margin:2px 0">{esc_code(note)}</div>' for note in report.notes)
    for cell, group in model.graph_groups(report).items():
        title = f"{cell}: {len(group)} variable(s)"
        if not report.show_all:
            title += " not initialized"
        parts.append(variables_table_html(group, view.max_rows, title, show_initialized=True,
                                          open_=True, report=report))
    parts.extend(finding_html(finding, report) for finding in report.findings)
    return _box(accent, "".join(parts))
