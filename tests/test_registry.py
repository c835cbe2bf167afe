"""The registry's triggers: for every real message we have seen, which rule claims it.

``fixtures/messages.json`` holds the exception type and message of every failing scenario,
variation and real-world corpus case (written by ``tests/tools/collect_messages.py
--fixture``), each with the kind whose *message rule* must claim it — or ``null`` when no
message rule may claim it (a generic Python error that only an evidence rule, gated on the
evidence, explains). No TensorFlow import: these tests take well under a second.
"""

from __future__ import annotations

import json
import pathlib

import pytest

from tfmagic.diagnose import registry

MESSAGES = json.loads((pathlib.Path(__file__).parent / "fixtures" / "messages.json").read_text())


@pytest.mark.parametrize("entry", MESSAGES, ids=[m["case"] for m in MESSAGES])
def test_exactly_the_declared_kind_claims_each_message(entry):
    kinds = {rule.kind for rule in registry.claimants(entry["error_type"], entry["message"])}
    expected = {entry["claimed_by"]} if entry["claimed_by"] else set()
    assert kinds == expected, (entry["case"], kinds)


def test_generic_messages_are_claimed_only_through_an_evidence_gate():
    for rule in registry.EVIDENCE_RULES:
        assert rule.gate is not None, rule.name


def test_broad_words_alone_claim_nothing():
    # "None" or "empty" in a message says nothing about its cause.
    for message in ("'NoneType' object is not subscriptable", "list is empty",
                    "expected a value", "Layer 'x' received None"):
        for error_type in ("TypeError", "ValueError"):
            assert registry.claimants(error_type, message) == [], message


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
