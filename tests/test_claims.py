"""Every line a report cites is a line of the user's code (issue 17, "every sentence true"),
and no report touches or depends on the user's other objects (issue 18, the type rule).

Each case of the real-world corpus runs as a notebook would, every cell under ``%%tfcheck``
(``tests/realworld/score.py``, one child process per case, two at a time), and the claims of
the finding that explains it are read against the cells: each "line N" / "line N of In[k]" of
its summary, fix and evidence, and each evidence link's (cell, line), must be an existing,
non-blank code line (never the ``%%tfcheck`` line), and a link that follows a value must cite a
line that names it (``score.bad_claims``). A rule that computes a line with the wrong offset,
quotes a line past the end of a cell, or chains through the wrong statement fails here.

Each case also runs a second time with the hostile namespace of ``hostile.py`` (a
``MagicMock``, an XML-RPC proxy to a recording server, objects that record every dunder and
attribute read) beside the user's names from the start: tfmagic must touch none of it, and the
report must be the same text as without it. (``test_safety.py`` does the same for the
scenarios, the variations and a sample of the corpus in every mode: auto, post-mortem,
``%tfgraph``.)

Slow (about ten minutes on two cores): it runs the whole corpus twice.
"""

from __future__ import annotations

import concurrent.futures
import pathlib
import re
import sys

import pytest

from golden import normalise

sys.path.insert(0, str(pathlib.Path(__file__).parent / "realworld"))
import score  # noqa: E402

CASES = score.find_cases(None)


@pytest.fixture(scope="module")
def results():
    jobs = [(case, hostile) for case in CASES for hostile in (False, True)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        done = pool.map(lambda job: score.score_one(job[0], "all", 300, hostile=job[1]), jobs)
        return {(case.name, hostile): result for (case, hostile), result in zip(jobs, done)}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_every_line_the_report_cites_is_code(case, results):
    result = results[case.name, False]
    assert not result["problem"], result["problem"]
    assert not result.get("bad_claims"), result["bad_claims"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_namespace_is_never_touched(case, results):
    hostile, plain = results[case.name, True], results[case.name, False]
    assert not hostile["problem"], hostile["problem"]
    assert hostile["hostile_calls"] == [], "\n".join(sorted(set(hostile["hostile_calls"])))
    assert drawn(hostile["report_text"]) == drawn(plain["report_text"])


def drawn(text: str | None) -> str:
    """The report text with the numbers that can differ between two runs of a case masked:
    values drawn from an unseeded TensorFlow generator (a value range, a mean) — every line
    and cell reference (``line 13``, ``In[2]``) stays as it is."""
    return re.sub(r"(?<!line )(?<!lines )(?<!In\[)(?<!\w)-?\d+(\.\d+)?(e[-+]?\d+)?\b", "#",
                  normalise(text or ""))


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
