"""The general path: a report for any failure, from the evidence alone, before any cause rule.

Every failure gets, in order: TensorFlow's meaningful sentence (``message.parse``: never "Graph
execution error:", never a function trace called an operator); the failing op or call; where
the failing node was created in the user's code (its creation stack, from the op or from the
message); and the values the failing expression reads — shape, dtype, a value range — each
with where it came from (``provenance``). When no cause rule explains the failure, this is the
report, and it says more than TensorFlow's message.

Where the finding's line goes: the raise line — or, when the traceback shows the error raised
inside a function an earlier cell defined (a custom layer's ``build``, a helper), that line of
the function, which the traceback records as where the user's code failed. A line that only the
failing node's creation stack names (a graph run by ``tf.function`` or Keras) is told in the
summary, not marked: the general path has no chain that would make it *the cause*; only a cause
rule, with its chain, moves the finding further.
"""

from __future__ import annotations

import ast

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


def other(evidence) -> Finding:
    """The general finding (kind ``other``): what failed, on what, made where."""
    parsed = evidence.parsed
    frame = evidence.deepest_raise_frame()
    # Raised inside a function an earlier cell defined: the traceback itself records that
    # line as where the user's code failed, so it is the finding's line.
    line, cell = ((frame.line, frame.label) if frame is not None and
                  not evidence.in_this_cell(frame.label) else (evidence.raise_line, None))
    sentence = parsed.sentence or _first_line(evidence.message)
    call = failing_call(evidence)
    op = parsed.op_type
    if op:
        head = f"{op} failed" + (f" in {phrases.code(call)}" if call else "")
    elif call:
        head = f"{phrases.code(call)} raised {evidence.error_type}"
    else:
        head = evidence.error_type
    parts = [f"{head}: {_sentence_end(sentence)}"]
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
        parts.append("On the failing line, " + "; ".join(facts) + ".")
    target = phrases.code(op or call) if (op or call) else "the failing call"
    fix = (f"Compare the values above with what {target} needs, and change the line that "
           "gives the one that does not fit its shape, dtype or values." if facts else
           "Read the marked expression: it is where the error was raised, and the message "
           "says what it found there.")
    return Finding(
        kind="other", severity="error", line=line,
        raise_line=evidence.raise_line, cell=cell, culprits=list(dict.fromkeys(culprits)),
        summary=" ".join(parts)[:900],
        fix=fix, rule="other")


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
