"""Every line a report cites is a line of the user's code (issue 17, "every sentence true").

Each case of the real-world corpus runs as a notebook would, every cell under ``%%tfcheck``
(``tests/realworld/score.py``, one child process per case, two at a time), and the claims of
the finding that explains it are read against the cells: each "line N" / "line N of In[k]" of
its summary, fix and evidence, and each evidence link's (cell, line), must be an existing,
non-blank code line (never the ``%%tfcheck`` line), and a link that follows a value must cite a
line that names it (``score.bad_claims``). A rule that computes a line with the wrong offset,
quotes a line past the end of a cell, or chains through the wrong statement fails here.

Slow (about five minutes on two cores): it runs the whole corpus.
"""

from __future__ import annotations

import concurrent.futures
import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent / "realworld"))
import score  # noqa: E402

CASES = score.find_cases(None)


@pytest.fixture(scope="module")
def results():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip((c.name for c in CASES),
                        pool.map(lambda case: score.score_one(case, "all", 300), CASES)))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_line_the_report_cites_is_code(case, results):
    result = results[case.name]
    assert not result["problem"], result["problem"]
    assert not result.get("bad_claims"), result["bad_claims"]


def test_the_check_catches_a_wrong_line():
    case = next(c for c in CASES if c.category == "failing" and len(c.cells) > 1)
    blank = len(case.cells[0].split("\n")) + 5
    finding = {"summary": f"made at line {blank} of In[1]", "fix": "",
               "evidence": [{"cell": None, "line": 1, "name": "no_such_name_here", "text": ""}]}
    problems = score.bad_claims(case, "all", finding)
    assert any("past the end" in p for p in problems)
    assert any("no_such_name_here" in p for p in problems)
    assert score.bad_claims(case, "all", {"summary": "the %%tfcheck line is line 1"}) == [
        "'line 1': the %%tfcheck line"]
