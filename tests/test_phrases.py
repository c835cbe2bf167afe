"""The shared phrasing of findings (``diagnose/phrases.py``) with zero, one and many items, and
with the line unknown (issue 17, "every sentence true"): each rule words its lists, plurals and
line references through these, so a sentence that reads wrong for one item or none is wrong in
every report that uses it. No TensorFlow (fast layer)."""

from __future__ import annotations

import pytest

from tfmagic.diagnose import phrases

pytestmark = pytest.mark.fast  # needs no TensorFlow (make test-pyversions)


@pytest.mark.parametrize("names, expected", [
    ([], "A variable"),
    (["w"], "'w'"),
    (["w", "b"], "'w', 'b'"),
    (list("abcdefg"), "'a', 'b', 'c', 'd', 'e' and 2 more"),
])
def test_quote_zero_one_many(names, expected):
    assert phrases.quote(names) == expected


def test_quote_says_what_it_was_given_when_empty():
    assert phrases.quote([], empty="No key") == "No key"


@pytest.mark.parametrize("names, was, is_are, them", [
    ([], "was", "is", "it"),          # matches quote([])'s "A variable"
    (["w"], "was", "is", "it"),
    (["w", "b"], "were", "are", "them"),
])
def test_verbs_agree_with_the_list(names, was, is_are, them):
    assert (phrases.was(names), phrases.is_are(names), phrases.them(names)) == \
        (was, is_are, them)
    sentence = f"{phrases.quote(names)} {phrases.was(names)} created"
    assert sentence.split()[-2] == was


@pytest.mark.parametrize("count, expected", [
    (0, "0 sources"), (1, "1 source"), (2, "2 sources"),
])
def test_plural(count, expected):
    assert phrases.plural(count, "source") == expected


@pytest.mark.parametrize("names, expected", [
    ([], ""), (["k"], "k"), (list("abcdef"), "a, b, c, d, e and 1 more"),
])
def test_names_and_more(names, expected):
    assert phrases.names_and_more(names) == expected


def test_line_references_without_evidence_and_unknown():
    assert phrases.line_ref(4, None) == "line 4"
    assert phrases.line_ref(4, "In[3]") == "line 4 of In[3]"
    assert phrases.line_ref(None, "In[3]") == "an unknown line"
    assert phrases.at_line(None, None) == ""
    assert phrases.at_line(2, "In[1]") == " at line 2 of In[1]"
