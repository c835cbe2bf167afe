"""variable_already_exists / variable_not_found: ``variable_scope`` reuse mistakes.

Both are raised deep inside ``get_variable``; the cause is the *call* that entered the scope
with the wrong ``reuse`` — the outermost frame of this cell in the traceback (e.g. the second
``build_model(...)``) — and the AST tells whether a ``with variable_scope(..., reuse=...)`` is
involved. The ledger knows where the existing variable was first created.
"""

from __future__ import annotations

import re

from ...report import Finding
from .. import astutil
from .common import in_cell_label

EXISTS = re.compile(r"Variable ([\w/.\-]+) already exists, disallowed")
MISSING = re.compile(r"Variable ([\w/.\-]+) does not exist, or was not created with "
                     r"tf.get_variable\(\)")
SLOT_MARKERS = ("Adam", "Momentum", "RMSProp", "Adagrad", "Adadelta", "Ftrl", "Nadam", "Adamax")


def _scope_prefix(name: str) -> str:
    return name.split("/", 1)[0] + "/" if "/" in name else name


def _call_site(evidence):
    """The outermost frame of this cell (the statement that started the failing build)."""
    own = [f for f in evidence.raise_frames if f.filename == evidence.filename]
    return own[0] if own else None


def _reuse_with(evidence, frame):
    """The ``with variable_scope(..., reuse=...)`` around a cell frame's line, if any."""
    if evidence.tree is None or frame is None:
        return None, None
    for node in reversed(astutil.enclosing_withs(evidence.tree, frame.lineno)):
        for call in astutil.with_calls(node, lambda c: astutil.last_part(c) in (
                "variable_scope", "VariableScope")):
            return node, astutil.keyword(call, "reuse")
    return None, None


def variable_already_exists(evidence) -> Finding | None:
    match = EXISTS.search(evidence.message)
    if not match:
        return None
    name = match.group(1)
    scope = _scope_prefix(name)
    earlier = evidence.records_named(name)
    first = earlier[0] if earlier else None
    site = _call_site(evidence)
    line = site.line if site is not None else evidence.raise_line
    first_where = ""
    if first is not None and first.line is not None:
        first_where = f" (first created at line {first.line}" + (
            f" of {first.cell})" if not evidence.in_this_cell(first.cell) else ")")
    with_node, _ = _reuse_with(evidence, evidence.deepest_raise_frame())
    scope_line = f" at line {evidence.body_line_of(with_node)}" if with_node is not None else ""
    summary = (f"'{name}' already exists{first_where}: the code at line {line} enters "
               f"variable_scope '{scope.rstrip('/')}'{scope_line} again without reuse, so it "
               "tries to create the same variables a second time.")
    fix = (f"To share the weights pass reuse=True (or tf.compat.v1.AUTO_REUSE) for the second "
           f"build at line {line}; to get a separate model use a different scope name; when "
           "re-running a notebook cell, call tf.compat.v1.reset_default_graph() first.")
    return Finding(kind="variable_already_exists", severity="error", line=line,
                   raise_line=evidence.raise_line, culprits=[scope, name], summary=summary,
                   fix=fix, rule="scopes")


def variable_not_found(evidence) -> Finding | None:
    match = MISSING.search(evidence.message)
    if not match:
        return None
    name = match.group(1)
    leaf = name.rsplit("/", 1)[-1]
    scope = _scope_prefix(name)
    parts = name.split("/")
    site = _call_site(evidence)
    line, cell = evidence.raise_line, None
    culprits = [name, scope]
    if any(marker in parts for marker in SLOT_MARKERS) or any(
            p.startswith(SLOT_MARKERS) for p in parts[1:]):
        slot_owner = "/".join(p for p in parts if not p.startswith(SLOT_MARKERS))
        line = site.line if site is not None else line
        summary = (f"The optimizer's slot variable '{name}' (for '{slot_owner}') does not "
                   f"exist: the optimizer is created or `minimize()` is called at line {line} "
                   "inside a variable_scope with reuse=True, where get_variable may only fetch "
                   "existing variables.")
        fix = ("Create the optimizer and call minimize() outside the reused scope (or open the "
               "scope with reuse=tf.compat.v1.AUTO_REUSE).")
        return Finding(kind="variable_not_found", severity="error", line=line,
                       raise_line=evidence.raise_line, culprits=culprits, summary=summary,
                       fix=fix, rule="scopes")
    # Only graph-mode variables still alive can be what get_variable was meant to find
    # (eager or Keras variables, and graphs since reset, live elsewhere).
    similar = [r for r in evidence.all_records
               if r.graph_ref is not None and r.graph_ref() is not None
               and (r.tf_name or r.name).split(":")[0].endswith("/" + leaf)
               and (r.tf_name or r.name).split(":")[0] != name]
    with_node, reuse = _reuse_with(evidence, evidence.deepest_raise_frame())
    if similar:
        existing = similar[0]
        existing_name = (existing.tf_name or existing.name).split(":")[0]
        summary = (f"'{name}' does not exist, but '{existing_name}' does (created at line "
                   f"{existing.line}" + (f" of {existing.cell}" if not
                                          evidence.in_this_cell(existing.cell) else "")
                   + "): the reusing code looks in a different scope than the one that built "
                   "the variables.")
        fix = (f"Open the same scope the variables were built in ('{existing_name.rsplit('/', 1)[0]}'"
               ") when reusing them, e.g. pass the original VariableScope object instead of a "
               "name string.")
        if with_node is not None:
            line = evidence.body_line_of(with_node)
        culprits.append(existing_name)
    else:
        reuse_call = _reuse_variables_call(evidence)
        if with_node is not None and astutil.constant(reuse) is True:
            line = evidence.body_line_of(with_node)
        elif reuse_call is not None:
            line = reuse_call
        elif site is not None:
            line = site.line
        summary = (f"'{name}' does not exist yet, but the scope was opened with reuse=True "
                   f"(line {line}): reuse only fetches variables built earlier, it never "
                   "creates them.")
        fix = ("Build the variables once without reuse (the first call), and pass reuse=True "
               "only for later calls — or use reuse=tf.compat.v1.AUTO_REUSE.")
    return Finding(kind="variable_not_found", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="scopes")


def _reuse_variables_call(evidence):
    """Body line of the last ``scope.reuse_variables()`` before the failing lookup: from there
    on every get_variable in that scope may only fetch existing variables."""
    if evidence.tree is None or evidence.raise_line is None:
        return None
    frame = evidence.deepest_raise_frame()
    limit = frame.lineno if frame is not None and frame.filename == evidence.filename else \
        evidence.raise_line + evidence.offset
    lines = [c.lineno for c in astutil.calls(evidence.tree)
             if astutil.last_part(c) == "reuse_variables" and c.lineno <= limit]
    return max(lines) - evidence.offset if lines else None
