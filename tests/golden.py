"""Golden report text: each scenario's and variation's plain-text report, kept in
``tests/golden/<name>.txt`` and compared line by line, so that a change of wording shows up as a
reviewed diff.

The comparison is pytest-regressions' ``file_regression`` (a unified diff on failure; a missing
file is written and the test fails once). ``TFMAGIC_REGEN_GOLDEN=1`` rewrites every file compared
in that run instead of comparing (``conftest.py`` turns it into pytest-regressions' ``--regen-all``),
so after a deliberate wording change::

    TFMAGIC_REGEN_GOLDEN=1 make test        # or: TFMAGIC_REGEN_GOLDEN=1 pytest tests/test_scenarios.py
    git diff tests/golden/                  # review, then commit with the change

The text is the terminal renderer's (``tfmagic.render.report_text``) at a fixed width
(``shellrun.GOLDEN_WIDTH``), without colour. ``normalise`` replaces only what differs between runs
or machines, each with a fixed placeholder; everything else must match exactly. What TensorFlow
varies inside its own messages (the order of names) cannot be normalised: the scenario children
pin it instead (``test_scenarios.DETERMINISTIC``); which of several uninitialized variables a
failing op names does not reach the report (the diagnosis quotes them in creation order).
"""

from __future__ import annotations

import os
import pathlib
import re
import tempfile

GOLDEN_DIR = pathlib.Path(__file__).parent / "golden"
REGEN_VARIABLE = "TFMAGIC_REGEN_GOLDEN"

# What differs between two runs of the same cell, and only that:
_VARIES = [
    # the temporary directory (TMPDIR differs between machines) and the random names
    # tempfile.mkdtemp / mkstemp give under it
    (re.compile(re.escape(tempfile.gettempdir().rstrip(os.sep)) + r"/tmp[\w.-]+"), "<tmp>"),
    # object addresses in reprs: <... object at 0x7f3a...>
    (re.compile(r"\b0x[0-9a-fA-F]{6,16}\b"), "0x<address>"),
]


def normalise(text: str) -> str:
    """``text`` with run-dependent pieces replaced by placeholders (see ``_VARIES``)."""
    for pattern, placeholder in _VARIES:
        text = pattern.sub(placeholder, text)
    return text


def check_golden(file_regression, name: str, text: str | None) -> None:
    """Compare ``text`` (normalised) with ``tests/golden/<name>.txt``."""
    __tracebackhide__ = True
    assert text is not None, f"{name}: the cell produced no report to compare"
    try:
        file_regression.check(normalise(text), fullpath=GOLDEN_DIR / f"{name}.txt")
    except AssertionError as difference:
        raise AssertionError(
            f"{difference}\n\nThe report of {name} differs from tests/golden/{name}.txt "
            f"(diff above: - golden, + now). If the new text is right, regenerate and review:\n"
            f"    {REGEN_VARIABLE}=1 make test   (or {REGEN_VARIABLE}=1 pytest "
            f"tests/test_scenarios.py)\n    git diff tests/golden/") from None
