"""Every real-world corpus case (``tests/realworld/*.py``) is well-formed: the header the scorer
reads is complete and points at real code. Fast: reads files only, imports no TensorFlow.

Whether TensorFlow really behaves as a header says is checked by running the cases:
``score.py --verify`` (see ``tests/realworld/README.md``).
"""

from __future__ import annotations

import pathlib
import re
import sys

import pytest

from tfmagic.report import KINDS

REALWORLD = pathlib.Path(__file__).parent / "realworld"
sys.path.insert(0, str(REALWORLD))

from score import REQUIRED_FIELDS, find_cases  # noqa: E402

pytestmark = pytest.mark.fast  # needs no TensorFlow (make test-pyversions)

BLIND = sorted(p for p in (REALWORLD / "blind").iterdir() if p.is_dir()) \
    if (REALWORLD / "blind").is_dir() else []
# The corpus and every blind batch (tests/realworld/BLIND.md): one format, one check.
CASES = find_cases([str(REALWORLD)] + [str(batch) for batch in BLIND])
CITATION = re.compile(r"^\d+:\d+$")
EXCEPTION_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*(Error|Exception|Exhausted|Iteration)$")


def cited(case, field: str) -> list[tuple[int, int]]:
    parts = [p.strip() for p in case.fields[field].split(",")]
    assert all(CITATION.match(p) for p in parts), f"{field}: {case.fields[field]!r}"
    return [tuple(int(n) for n in p.split(":")) for p in parts]


@pytest.mark.parametrize("case", CASES,
                         ids=[f"{c.path.parent.name}/{c.name}" for c in CASES])
def test_case_header_and_cells(case):
    missing = [f for f in REQUIRED_FIELDS if not case.fields.get(f)]
    assert not missing, f"header lacks {missing}"
    assert all(line.startswith("#") or not line.strip() for line in case.header_lines), \
        "header lines before the first '# %%' must be comments"
    assert re.match(r"^https?://\S+$", case.fields["source"]), case.fields["source"]
    family, raises = case.fields["family"], case.fields["raises"]
    assert family == "none" or family in KINDS, f"family {family!r} not in {KINDS}"
    assert raises == "NONE" or EXCEPTION_NAME.match(raises), raises
    assert case.path.stem.startswith(family + "__"), "file name is <family>__<description>.py"
    assert case.cells and all(body.strip() for body in case.cells), "an empty cell"

    last = len(case.cells)
    if family == "none":
        assert raises == "NONE", "a control (family none) raises nothing"
    if raises == "NONE":
        assert case.fields["raise"] == "NONE", "nothing raises, so raise: NONE"
    else:
        (raise_cell, raise_line), = cited(case, "raise")
        assert raise_cell == last, "the failing cell is the last cell"
        assert case.cells[-1].splitlines()[raise_line - 1].strip(), "raise line is blank"
    if family != "none":
        causes = cited(case, "cause")
        for cell, line in causes:
            assert 1 <= cell <= last, f"cause cell {cell} does not exist"
            lines = case.cells[cell - 1].splitlines()
            assert 1 <= line <= len(lines), f"cause {cell}:{line} is past the cell's end"
            assert lines[line - 1].strip() and not lines[line - 1].lstrip().startswith("#"), \
                f"cause {cell}:{line} is blank or a comment"
        assert case.culprits, "culprit names no name"
    for item in case.fields.get("env", "").split():
        assert re.match(r"^[A-Z_][A-Z0-9_]*=\S*$", item), f"env {item!r} is not KEY=VALUE"


def test_corpus_is_complete():
    """Issue 9's size: at least 60 cases, 15 multi-cell, 8 valid controls, some silent bugs."""
    corpus = [c for c in CASES if c.path.parent == REALWORLD]
    multi = [c for c in corpus if len(c.cells) > 1]
    controls = [c for c in corpus if c.is_control]
    silent = [c for c in corpus if c.is_silent]
    assert len(corpus) >= 60, f"{len(corpus)} cases"
    assert len(multi) >= 15, f"{len(multi)} multi-cell cases"
    assert len(controls) >= 8, f"{len(controls)} controls"
    assert silent, "no silent bug"


@pytest.mark.parametrize("batch", BLIND, ids=[b.name for b in BLIND])
def test_each_blind_batch_has_its_size_sources_and_first_contact_score(batch):
    """Issue 17: a blind batch holds at least 40 cases, its sources, and the verdicts of its
    first-contact run, and BLIND.md has its row."""
    cases = [c for c in CASES if c.path.parent == batch]
    assert len(cases) >= 40, f"{batch.name}: {len(cases)} cases"
    assert (batch / "SOURCES.md").is_file() and (batch / "first_contact.json").is_file()
    assert f"| {batch.name} |" in (REALWORLD / "BLIND.md").read_text()
