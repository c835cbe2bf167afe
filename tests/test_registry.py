"""The registry's triggers: for every real message we have seen, which rule claims it.

``fixtures/messages.json`` holds the exception type and message of every failing scenario,
variation and real-world corpus case (``tests/realworld/``), collected from real TensorFlow runs
by ``tests/tools/collect_messages.py``. Each entry is labelled with its case's family (the
corpus header's ``# family:``), the cause function expected to explain it (``rule``, checked
against the rule docstrings when labelled), the kind whose *message rule* must claim it — or
``null`` when no message rule may claim it (a generic Python error that only an evidence rule,
gated on the evidence, explains) — and ``claimants``, every message rule whose trigger claims
it, in precedence order. No TensorFlow import: these tests take well under a second.
"""

from __future__ import annotations

import json
import pathlib

import pytest

from tfmagic.diagnose import registry

pytestmark = pytest.mark.fast  # needs no TensorFlow (make test-pyversions)

MESSAGES = json.loads((pathlib.Path(__file__).parent / "fixtures" / "messages.json").read_text())


@pytest.mark.parametrize("entry", MESSAGES, ids=[m["case"] for m in MESSAGES])
def test_exactly_the_declared_kind_claims_each_message(entry):
    kinds = {rule.kind for rule in registry.claimants(entry["error_type"], entry["message"])
             if rule.gate is None}
    expected = {entry["claimed_by"]} if entry["claimed_by"] else set()
    assert kinds == expected, (entry["case"], kinds)




@pytest.mark.parametrize("entry", MESSAGES, ids=[m["case"] for m in MESSAGES])
def test_the_expected_cause_claims_each_message_and_no_other_rule_would(entry):
    claimants = registry.claimants(entry["error_type"], entry["message"])
    names = [rule.name for rule in claimants]
    # Exactly the declared triggers claim it: a broadened pattern elsewhere shows up here.
    assert names == entry["claimants"], (entry["case"], names)
    if entry["rule"] == registry.FALLBACK.__name__:
        assert names == [], entry["case"]
        return
    # A cause may be a row under more than one trigger (the gradient causes explain "no
    # gradients provided" and, gated, a None gradient used): any of its rows may claim.
    rows = [rule for rule in registry.FAILURE_RULES if rule.name == entry["rule"]]
    assert rows, entry["rule"]
    assert {rule.kind for rule in rows} == {entry["family"]}, (entry["case"], rows)
    if entry["claimed_by"]:
        assert any(rule in claimants for rule in rows), (entry["case"], names)
    else:
        assert any(rule in registry.EVIDENCE_RULES and
                   rule.claims_message(entry["error_type"], entry["message"])
                   for rule in rows), entry["case"]


def test_every_corpus_case_that_raises_has_its_message_here():
    import re

    corpus = pathlib.Path(__file__).parent / "realworld"
    raising = set()
    for path in corpus.glob("*__*.py"):
        header = path.read_text().split("# %%", 1)[0]
        if re.search(r"^# raises:\s*(?!NONE)\w+", header, re.M):
            raising.add(f"realworld/{path.stem}")
    assert raising - {m["case"] for m in MESSAGES} == set()


def test_every_message_rule_explains_some_real_message():
    explained = {m["rule"] for m in MESSAGES}
    for rule in registry.MESSAGE_RULES:
        assert rule.name in explained, f"{rule.name}: no real message in the fixture"


def test_generic_messages_are_claimed_only_through_an_evidence_gate():
    for rule in registry.EVIDENCE_RULES:
        assert rule.gate is not None, rule.name


def test_broad_words_alone_claim_nothing():
    # "None" or "empty" in a message says nothing about its cause.
    for message in ("'NoneType' object is not subscriptable", "list is empty",
                    "expected a value", "Layer 'x' received None"):
        for error_type in ("TypeError", "ValueError"):
            assert registry.claimants(error_type, message) == [], message


def test_each_rule_is_declared_under_the_kind_its_module_explains():
    # rules/<kind>.py explains <kind> (a module of another name declares its one ``KIND``): a
    # row declaring another kind would let a message be claimed for one kind and explained as
    # another.
    import sys

    for rule in registry.FAILURE_RULES:
        module = rule.cause.__module__
        kind = getattr(sys.modules[module], "KIND", module.rsplit(".", 1)[-1])
        assert kind == rule.kind, rule.name


def test_every_rule_documents_a_real_message():
    for rule in registry.FAILURE_RULES:
        doc = rule.cause.__doc__ or ""
        assert "``" in doc, f"{rule.name} has no example message in its docstring"


def test_precedence_table_lists_each_cause_once_per_trigger():
    seen = set()
    for rule in registry.FAILURE_RULES:
        key = (rule.name, rule.exceptions, rule.patterns)
        assert key not in seen, rule.name
        seen.add(key)
