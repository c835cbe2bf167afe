"""Shared phrasing for findings: name lists, plurals, "line N of In[k]".

Every rule words these the same way, so a report reads as one voice and a wording fix is made
once. Lines are body lines (line 1 = the first line after ``%%tfcheck``) everywhere in the
engine, but a sentence shows the editor's number (the ``%%tfcheck`` line counts), converted
here and only here by ``line_ref``; a cell label is added only when the line is in another cell
than the failing one.
"""

from __future__ import annotations

from collections.abc import Sequence


def quote(names: Sequence[str], limit: int = 5, empty: str = "A variable") -> str:
    """'a', 'b' and 3 more"""
    names = list(names)
    if not names:
        return empty
    shown = ", ".join(f"'{n}'" for n in names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def was(names: Sequence) -> str:
    return "were" if len(names) > 1 else "was"


def is_are(names: Sequence) -> str:
    return "are" if len(names) > 1 else "is"


def them(names: Sequence) -> str:
    return "them" if len(names) > 1 else "it"


def plural(count: int, word: str, suffix: str = "s") -> str:
    """``plural(1, "variable")`` -> "1 variable"; ``plural(3, "variable")`` -> "3 variables"."""
    return f"{count} {word}{'' if count == 1 else suffix}"


def line_ref(line: int | None, cell: str | None, evidence=None) -> str:
    """"line 4" in the failing cell, "line 4 of In[3]" in another one.

    ``line`` is a body line; with ``evidence`` it is written as the editor numbers it in that
    cell (+1 under a ``%%tfcheck`` line), so it matches the report's listing."""
    if line is None:
        return "an unknown line"
    shown = evidence.editor_line(line, cell) if evidence is not None else line
    if cell and (evidence is None or not evidence.in_this_cell(cell)):
        return f"line {shown} of {cell}"
    return f"line {shown}"


def at_line(line: int | None, cell: str | None, evidence=None) -> str:
    """" at line 4 of In[3]", or "" when the line is unknown (for "created{at_line}")."""
    return "" if line is None else " at " + line_ref(line, cell, evidence)


def code(text: str) -> str:
    return f"`{text}`"


def closed_clause(closed, evidence=None) -> str:
    """"was closed at line 5 of In[3] when its `with ...` block ended" for a
    ``state.SessionClosed``."""
    return (f"was closed at {line_ref(closed.line, closed.cell, evidence)}"
            + (" when its `with tf.compat.v1.Session() as ...:` block ended" if closed.by_with
               else ""))


def names_and_more(names: Sequence[str], limit: int = 5) -> str:
    """a, b and 3 more (unquoted: keys and paths)"""
    names = list(names)
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
