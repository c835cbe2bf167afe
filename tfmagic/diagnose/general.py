"""The general path: a report for any failure, from the evidence alone, before any cause rule.

Every failure gets, in order: TensorFlow's meaningful sentence (``message.parse``: never "Graph
execution error:", never a function trace called an operator); the failing op or call; where
the failing node was created in the user's code (its creation stack, from the op or from the
message); and the values the failing expression reads — shape, dtype, a value range — each
with where it came from (``provenance``). When no cause rule explains the failure, this is the
report, and it says more than TensorFlow's message.

Where the finding's line goes: the raise line — or the statement inside a function the cells
define where the user's code failed: the traceback's innermost cell frame when it is in a
function an earlier cell defined (a custom layer's ``build``, a helper), or, for a graph run by
``tf.function``, a dataset's ``map`` or Keras, the function statement that made the failing op
(its creation stack; not an op that only passes on another part's failure, such as an
iterator's ``GetNext`` or a placeholder). Each is a recorded fact, the finding's one link; a
creation line at cell level is told in the summary, not marked. Only a cause rule, with its
chain, moves the finding further.
"""

from __future__ import annotations

import ast
import re

from ..report import Finding
from . import astutil, phrases, provenance, values
from .common import raise_statements

# Operand names that are modules or builtins, never values worth describing.
_SKIP = frozenset({"tf", "np", "keras", "numpy", "tensorflow", "len", "range", "print",
                   "int", "float", "list", "dict", "tuple", "str", "True", "False", "None",
                   "self", "layers", "math", "os", "sys"})
MAX_OPERANDS = 3


def failing_call(evidence) -> str:
    """The callee of the failing expression on the raise line (``model.fit``, ``tf.matmul``),
    from the columns the traceback marks; "" when unknown."""
    statements = raise_statements(evidence)
    if not statements:
        return ""
    node = _failing_node(evidence, statements[0])
    if isinstance(node, ast.Call):
        return astutil.call_name(node.func) or ""
    return ""


def _failing_node(evidence, stmt, calls_only: bool = True):
    """The expression the traceback marks on the raise line (its exact columns); without
    columns, the only call on the line. None when neither is known."""
    col = evidence.raise_col
    line = (evidence.raise_line or 0) + evidence.offset
    on_line = [node for node in ast.walk(stmt) if isinstance(node, ast.expr)
               and getattr(node, "lineno", None) == line
               and (not calls_only or isinstance(node, ast.Call))]
    if col is not None:
        for node in on_line:
            if (node.col_offset, node.end_col_offset) == tuple(col):
                return node
        return None
    calls = [node for node in on_line if isinstance(node, ast.Call)]
    return calls[0] if len(calls) == 1 else None


def operands(evidence, limit: int = MAX_OPERANDS) -> list[tuple[str, str, provenance.Chain]]:
    """(name, facts, chain) for the values the failing expression reads, those inside the
    marked expression first; only values of known types are described (``values``)."""
    statements = raise_statements(evidence)
    if not statements:
        return []
    stmt = statements[0]
    node = _failing_node(evidence, stmt, calls_only=False) or stmt
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and node is stmt:
        node = stmt.value
    names = []
    for child in sorted((n for n in ast.walk(node) if isinstance(n, ast.Name)),
                        key=lambda n: (n.lineno, n.col_offset)):
        if child.id not in names and child.id not in _SKIP:
            names.append(child.id)
    found = []
    for name in names:
        if not evidence.has_value(name):
            continue
        value = evidence.value(name)
        facts = values.facts(value)
        if facts is None or facts.kind == "string":
            continue
        found.append((name, facts.phrase(), provenance.chain(evidence, name)))
        if len(found) >= limit:
            break
    return found


def other(evidence, in_function: bool = True) -> Finding:
    """The general finding (kind ``other``): what failed, on what, made where.
    ``in_function`` False keeps it at the raise line (a symptom raised inside a helper, such
    as an optimizer finding no gradients, is not where anything went wrong)."""
    parsed = evidence.parsed
    line, cell, links = (_failed_in_function(evidence) if in_function
                         else (evidence.raise_line, None, []))
    call = failing_call(evidence)
    op = parsed.op_type
    if op:
        head = f"{op} failed" + (f" in {phrases.code(call)}" if call else "")
    elif call:
        head = f"{phrases.code(call)} raised {evidence.error_type}"
    else:
        head = evidence.error_type
    parts = [f"{head}: {sentence(evidence)}"]
    # Where the failing node was made, from its creation stack (a graph run by tf.function or
    # Keras): told once, not marked — the general path has no chain that makes it the cause.
    site = evidence.node_site()
    culprits = [c for c in (op, call) if c]
    if site is not None:
        site_cell = None if evidence.in_this_cell(site.label) else site.label
        where = phrases.line_ref(site.line, site_cell, evidence)
        inside = site.function not in ("", "<module>")
        if (site.line, site_cell) == (line, cell) or \
                (site_cell is None and site.line == evidence.raise_line):
            pass   # the marked line already
        elif parsed.node:
            parts.append(f"The failing node `{parsed.node}` was created by {where}"
                         + (f", inside {phrases.code(site.function)}." if inside else "."))
        elif inside:
            parts.append(f"It failed inside {phrases.code(site.function)} at {where}.")
    layer = evidence.node_layer()
    if layer:
        culprits.append(layer)
    facts = []
    for name, phrase, chain in operands(evidence):
        origin = chain.links[0] if chain.links else None
        made = f" (made at {origin.where(evidence)})" if origin is not None else ""
        facts.append(f"`{name}` is {_article(phrase)}{made}")
        culprits.append(name)
    if facts:
        called = phrases.line_ref(evidence.raise_line, None, evidence)
        lead = ("On the failing line, " if (line, cell) == (evidence.raise_line, None)
                else f"Where it was called ({called}), ")
        parts.append(lead + "; ".join(facts) + ".")
    target = phrases.code(op or call) if (op or call) else "the failing call"
    fix = (f"Compare the values above with what {target} needs, and change the line that "
           "gives the one that does not fit its shape, dtype or values." if facts else
           "Read the marked expression: it is where the error was raised, and the message "
           "says what it found there.")
    return Finding(
        kind=message_kind(evidence), severity="error", line=line,
        raise_line=evidence.raise_line, cell=cell, culprits=list(dict.fromkeys(culprits)),
        summary=" ".join(parts)[:900],
        fix=fix, rule="other", evidence=links)


# The failure's kind read from TensorFlow's own words, for a failure no cause rule explained:
# the family's vocabulary (DESIGN), not a cause. Left out: words other families share (a
# TensorArray's "Incompatible shapes during merge", Keras's "Data cardinality is ambiguous").
KIND_WORDS = (
    ("missing_gradient", re.compile(r"No gradients provided for any variable")),
    ("feed_mismatch", re.compile(r"You must feed a value for placeholder")),
    ("shape_mismatch", re.compile(
        r"must have the same shape|[Ii]ncompatible shapes?(?! during merge)|"
        r"[Dd]imensions? .{0,30}must be equal|must be broadcastable|shape\.rank|"
        r"[Ss]hape mismatch|must be rank \d|incompatible with the layer|"
        r"output size would be zero or negative|compatible batch dimensions|"
        r"inner dimension does not match|logits and labels must|"
        r"Input to reshape is a tensor with|[Ss]hapes used to initialize variables must be "
        r"fully-defined|enters the loop with shape|must have the same (?:first )?dimension|"
        r"must equal `logits\.shape`")),
)


def message_kind(evidence) -> str:
    """The kind TensorFlow's message names (``KIND_WORDS``), else ``other``."""
    text = evidence.parsed.sentence or evidence.message
    for kind, words in KIND_WORDS:
        if words.search(text):
            return kind
    return "other"


# Ops that only pass on what another part of the program did (a dataset's iterator, a value
# that was never fed): the line that made them is not where anything went wrong.
_PASS_ON = ("Iterator", "Placeholder", "OptionalGetValue", "MultiDeviceIterator")
# Two operands that do not fit each other: the statement that combined them says nothing about
# which one is wrong (that is where one of them got its shape or dtype, a provenance question).
_OPERANDS_DISAGREE = re.compile(
    r"broadcastable|[Ii]ncompatible shapes?|Dimensions must be equal|must have the same|"
    r"\brank\b|Could not automatically infer the output shape|expected to be an? \w+ tensor "
    r"but is an? \w+ tensor|must be from the same graph|are incompatible|do not match|"
    r"specified shape .* and found shape")
# An operand's value or form that the statement only received (an index past the end, a range
# that is empty, a second input, a dtype an op does not take, a tensor without a shape), or a
# state an earlier statement left (a finalized graph, a used tape, a tensor of a finished
# trace): where the operand or the state was made is a provenance question, not this statement.
_MADE_ELSEWHERE = re.compile(
    r"out of bounds|Need minval < maxval|expects \d+ input\(s\), but it received \d+|"
    r"is not in the list of allowed values|contains no shape|Graph is finalized|"
    r"can only be used to compute one set of gradients|is out of scope and cannot be used")


def _failed_in_function(evidence) -> tuple[int | None, str | None, list[dict]]:
    """(line, cell, links) of where the user's code failed: a statement inside a function the
    cells define, when the traceback ends there (an eager error raised in a helper an earlier
    cell defined) or the failing op was made there (a graph run by ``tf.function``, a
    dataset's ``map`` or Keras: the op's creation stack); else the raise line. Each is a
    recorded fact — a traceback frame, an op's creation stack — so it is the finding's link.
    Not when the message says two operands disagree (the statement that combined them is not
    where either got its shape or dtype), nor when it names an operand's value or a state made
    elsewhere (``_MADE_ELSEWHERE``)."""
    text = evidence.parsed.sentence or evidence.message
    if _OPERANDS_DISAGREE.search(text) or _MADE_ELSEWHERE.search(text):
        return evidence.raise_line, None, []
    frame = evidence.deepest_raise_frame()
    if frame is not None and not evidence.in_this_cell(frame.label):
        return frame.line, frame.label, [provenance.fact(
            evidence, frame.label, frame.line,
            f"raised inside {phrases.code(frame.function or 'a function')} (the traceback)")]
    site = evidence.node_site()
    op = getattr(evidence.op, "type", None) or evidence.parsed.op_type or ""
    if site is not None and site.function not in ("", "<module>") \
            and not op.startswith(_PASS_ON):
        cell = None if evidence.in_this_cell(site.label) else site.label
        if (cell, site.line) != (None, evidence.raise_line):
            inside = phrases.code(site.function)
            return site.line, cell, [provenance.fact(
                evidence, cell, site.line,
                f"the failing {op} was made here, inside {inside} (its creation stack)" if op
                else f"it failed here, inside {inside}, as TensorFlow traced it (the message's "
                "stack)")]
    return evidence.raise_line, None, []


def sentence(evidence) -> str:
    """TensorFlow's meaningful sentence (else the message's first line), ended as one."""
    return _sentence_end(evidence.parsed.sentence or _first_line(evidence.message))


def _first_line(message: str) -> str:
    stripped = (message or "").strip()
    return stripped.splitlines()[0] if stripped else ""


def _sentence_end(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _article(phrase: str) -> str:
    if not phrase or phrase.startswith(("a ", "an ", "the ")):
        return phrase
    return ("an " if phrase[0] in "aeiou" else "a ") + phrase
