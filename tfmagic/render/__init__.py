"""Reports drawn as self-contained HTML and as terminal text, from one model of marked lines.

``model`` turns a report into the rows to show (editor line numbers, marks, folds); ``html`` and
``text`` draw those rows. How to show a report (how many table rows, the width, colour) is a
``View`` passed in here: a ``Report`` is data and carries no display options. This package reads
reports by their attributes and imports nothing from ``tfmagic.report``, so the only dependency is
``report -> render`` (the rich-display methods the public API promises on ``Report``).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field

from . import html as _html
from . import text as _text
from .html import esc

__all__ = ["View", "esc", "graph_bundle", "graph_html", "graph_text", "is_terminal",
           "report_bundle", "report_html", "report_text"]


def is_terminal() -> bool:
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except Exception:  # noqa: BLE001
        return False
    return type(shell).__name__ == "TerminalInteractiveShell"


def _terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


@dataclass(frozen=True)
class View:
    """How a report is shown: table rows, whether a clean cell shows its variable table, the
    text width (the terminal's by default) and ANSI colour."""

    max_rows: int = 50
    show_summary: bool = True
    width: int = field(default_factory=_terminal_width)
    color: bool = False


def report_html(report, view: View | None = None) -> str:
    return _html.report_html(report, view or View())


def report_text(report, view: View | None = None) -> str:
    return _text.report_text(report, view or View())


def graph_html(report, view: View | None = None) -> str:
    return _html.graph_html(report, view or View())


def graph_text(report, view: View | None = None) -> str:
    return _text.graph_text(report, view or View())


def _with_terminal_colour(view: View | None) -> View:
    view = view or View()
    if is_terminal() and not view.color:
        from dataclasses import replace

        view = replace(view, color=True)
    return view


def report_bundle(report, view: View | None = None) -> dict:
    view = _with_terminal_colour(view)
    return {"text/plain": _text.report_text(report, view),
            "text/html": _html.report_html(report, view)}


def graph_bundle(report, view: View | None = None) -> dict:
    view = _with_terminal_colour(view)
    return {"text/plain": _text.graph_text(report, view),
            "text/html": _html.graph_html(report, view)}
