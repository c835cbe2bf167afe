"""variable_not_found: ``get_variable`` under reuse finds no such variable.

The cause is the scope that asked for reuse (``variable_scope(..., reuse=True)``, an earlier
``reuse_variables()``), a scope *name* that differs from the one that built the variables, or an
optimizer whose slots are created under a reusing scope.
"""

from __future__ import annotations

import ast
import re

from ... import timeline as tl
from ...report import Finding
from .. import astutil, origins, phrases, provenance
from ..common import call_site, frame_line, in_cell_label, reuse_with, scope_prefix

MISSING = re.compile(r"Variable ([\w/.\-]+) does not exist, or was not created with "
                     r"tf.get_variable\(\)")
SLOT_MARKERS = ("Adam", "Momentum", "RMSProp", "Adagrad", "Adadelta", "Ftrl", "Nadam", "Adamax")


def graph_reset_since_built(evidence) -> Finding | None:
    """The variable a reusing scope asks for was built, then the default graph was reset:
    the lookup runs in the new, empty graph. The cause is the reset (the timeline's order:
    the variable's creation, then the reset, then the lookup).

    ``ValueError: Variable vs/proj does not exist, or was not created with tf.get_variable().
    Did you mean to set reuse=tf.AUTO_REUSE in VarScope?``
    """
    match = MISSING.search(evidence.message)
    timeline = evidence.timeline
    if not match or timeline is None:
        return None
    name = match.group(1).rstrip("/")
    made = timeline.created(name)
    resets = timeline.of(tl.GRAPH_RESET, after=made.seq) if made is not None else []
    if not resets:
        return None
    reset = resets[-1]
    at = phrases.line_ref(reset.line, reset.cell, evidence)
    built = phrases.line_ref(made.line, made.cell, evidence)
    return Finding(
        kind="variable_not_found", severity="error", line=reset.line,
        cell=in_cell_label(evidence, reset.cell), raise_line=evidence.raise_line,
        culprits=[name, scope_prefix(name), "reset_default_graph"],
        summary=(f"'{name}' was built at {built}, but the default graph was reset at {at}: the "
                 "reusing scope now looks in the new, empty graph, where it does not exist."),
        fix=(f"Do not reset the graph between building the variables and reusing them (remove "
             f"the reset at {at}), or build them again in the new graph without reuse first."),
        rule="scopes",
        evidence=[provenance.fact(evidence, in_cell_label(evidence, made.cell), made.line,
                                  f"'{name}' created (timeline)"),
                  provenance.fact(evidence, in_cell_label(evidence, reset.cell), reset.line,
                                  "the default graph reset after it (timeline)")])


def made_by_variable_constructor(evidence) -> Finding | None:
    """The variable get_variable looks for exists under exactly that name, but ``tf.Variable``
    made it: get_variable's store never held it, so no reuse finds it. The cause is that
    creation (the ledger's line).

    ``ValueError: Variable conv/w does not exist, or was not created with tf.get_variable().
    Did you mean to set reuse=tf.AUTO_REUSE in VarScope?``
    """
    match = MISSING.search(evidence.message)
    if not match:
        return None
    name = match.group(1).rstrip("/")
    made = _made_by_variable_constructor(evidence, name)
    if made is None:
        return None
    where = phrases.line_ref(made.line, made.cell, evidence)
    return Finding(
        kind="variable_not_found", severity="error", line=made.line,
        raise_line=evidence.raise_line, cell=in_cell_label(evidence, made.cell),
        culprits=[name, scope_prefix(name)],
        summary=(f"'{name}' exists, but it was created by `tf.Variable` at {where}; "
                 "get_variable looks only among variables that get_variable created, so a "
                 "reusing scope never finds it."),
        fix=(f"Create it with `tf.compat.v1.get_variable(...)` (a shape and an initializer) at "
             f"{where}, inside the same variable_scope, so the reusing scope can fetch it; or "
             "pass the variable itself to the code that shares it."),
        rule="scopes",
        evidence=_lookup_link(evidence, name)
        + [provenance.fact(evidence, in_cell_label(evidence, made.cell), made.line,
                           f"'{name}' created by tf.Variable (ledger)")])


def _lookup_link(evidence, name: str) -> list[dict]:
    """The failing ``get_variable`` (the deepest frame of the cells), as a link."""
    lookup = evidence.deepest_raise_frame()
    return [provenance.fact(evidence, in_cell_label(evidence, lookup.label), lookup.line,
                            f"get_variable looked up '{name}'")] if lookup is not None else []


def variable_not_found(evidence) -> Finding | None:
    """``get_variable`` under reuse asks for a variable that was never built (in that scope).

    ``ValueError: Variable net/dense/kernel does not exist, or was not created with
    tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?``
    """
    match = MISSING.search(evidence.message)
    if not match:
        return None
    name = match.group(1).rstrip("/")
    parts = name.split("/")
    site = call_site(evidence)
    culprits = [name, scope_prefix(name)]
    links = _lookup_link(evidence, name)
    if any(marker in parts for marker in SLOT_MARKERS) or any(
            p.startswith(SLOT_MARKERS) for p in parts[1:]):
        line, cell, summary, fix, trail = _slot_under_reuse(evidence, name, parts, site,
                                                            culprits)
    else:
        line, cell, summary, fix, trail = _lookup_under_reuse(evidence, name, site, culprits)
    return Finding(kind="variable_not_found", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="scopes",
                   evidence=links + trail if trail else [])


def _slot_under_reuse(evidence, name, parts, site, culprits):
    """(line, cell, summary, fix) for an optimizer slot looked up under reuse: the optimizer
    (or ``minimize()``) runs inside a reusing scope. Appends the slot's owner to culprits."""
    slot_owner = "/".join(p for p in parts if not p.startswith(SLOT_MARKERS))
    made_at = phrases.line_ref(site.line, site.label, evidence) if site is not None \
        else "this cell"
    reuse_at = reuse_source(evidence, name)
    trail = []
    if reuse_at is not None:
        line, cell, how = reuse_at
        turned_on = (f" — reuse was turned on by {how} at "
                     f"{phrases.line_ref(line, cell, evidence)}")
        trail = [provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                 f"reuse turned on by {how}")]
    else:
        line = site.line if site is not None else evidence.raise_line
        cell, turned_on = None, ""
    culprits.append(slot_owner)
    summary = (f"The optimizer's slot variable '{name}' (for '{slot_owner}') does not "
               f"exist: the optimizer is created or `minimize()` is called at {made_at} "
               f"inside a variable_scope with reuse=True{turned_on}, where get_variable "
               "may only fetch existing variables.")
    fix = ("Create the optimizer and call minimize() outside the reused scope (or open the "
           "scope with reuse=tf.compat.v1.AUTO_REUSE).")
    return line, cell, summary, fix, trail


def _lookup_under_reuse(evidence, name, site, culprits):
    """(line, cell, summary, fix) for a variable looked up under reuse that was never built
    there: a scope name that differs from the building one, or reuse turned on too early.
    Appends the similarly named existing variable, if any, to culprits."""
    leaf = name.rsplit("/", 1)[-1]
    line, cell = evidence.raise_line, None
    # Only graph-mode variables still alive can be what get_variable was meant to find
    # (eager or Keras variables, and graphs since reset, live elsewhere).
    similar = [r for r in evidence.all_records
               if r.graph_ref is not None and r.graph_ref() is not None
               and ("/" + (r.tf_name or r.name).split(":")[0]).endswith("/" + leaf)
               and (r.tf_name or r.name).split(":")[0] != name]
    deepest = evidence.deepest_raise_frame()
    with_node, reuse = reuse_with(evidence, deepest, with_reuse=True)
    if similar:
        existing = similar[0]
        existing_name = (existing.tf_name or existing.name).split(":")[0]
        ignored = _name_scope_around(evidence, existing, name.rsplit("/", 1)[0])
        if ignored is not None:
            scope_line, scope_cell = ignored
            where = phrases.line_ref(scope_line, scope_cell, evidence)
            summary = (f"'{name}' does not exist: the variable was created as "
                       f"'{existing_name}'{phrases.at_line(existing.line, existing.cell, evidence)}"
                       f", inside `tf.name_scope` ({where}), which get_variable ignores — only "
                       "a variable_scope puts its name in front of a get_variable name.")
            fix = ("Create the variable under `tf.compat.v1.variable_scope(...)` instead of "
                   f"`tf.name_scope(...)` ({where}), so the reusing scope finds it.")
            trail = [provenance.fact(evidence, scope_cell, scope_line,
                                     "`tf.name_scope` opened around the creation"),
                     provenance.fact(evidence, existing.cell, existing.line,
                                     f"'{existing_name}' created without that scope's name "
                                     "(ledger)")]
            culprits.append(existing_name)
            return scope_line, scope_cell, summary, fix, trail
        summary = (f"'{name}' does not exist, but '{existing_name}' does (created"
                   f"{phrases.at_line(existing.line, existing.cell, evidence)}"
                   + "): the reusing code looks in a different scope than the one that built "
                   "the variables.")
        fix = (f"Open the same scope the variables were built in "
               f"('{existing_name.rsplit('/', 1)[0]}') when reusing them, e.g. pass the "
               "original VariableScope object instead of a name string.")
        trail = []
        named = _scope_name_passed(evidence, deepest, with_node)
        if named is not None:
            # ``variable_scope(scope_name, ...)``: the name came from the call that passed it.
            line, cell = named.origin.line, named.origin.cell
            trail = named.as_evidence(evidence) + [
                provenance.fact(evidence, existing.cell, existing.line,
                                f"'{existing_name}' was created in another scope")]
        elif with_node is not None:
            line, cell = frame_line(deepest, with_node), in_cell_label(evidence, deepest.label)
            trail = [provenance.fact(evidence, cell, line, "the reusing scope is opened"),
                     provenance.fact(evidence, existing.cell, existing.line,
                                     f"'{existing_name}' was created in another scope")]
        culprits.append(existing_name)
        return line, cell, summary, fix, trail
    reuse_at = reuse_source(evidence, name)
    reuse_call = _reuse_variables_call(evidence)
    how = "the scope was opened with reuse=True"
    passed = _reuse_argument(evidence)
    trail = []
    if with_node is not None and astutil.constant(reuse) is True:
        line, cell = frame_line(deepest, with_node), in_cell_label(evidence, deepest.label)
        trail = [provenance.fact(evidence, cell, line, "`variable_scope(..., reuse=True)` "
                                 "encloses the lookup")]
    elif passed is not None:
        # ``variable_scope(..., reuse=reuse)``: followed back to the caller that passed True.
        origin = passed.origin
        line, cell = origin.line, origin.cell
        how = "a call passes reuse=True down to the scope"
        trail = passed.as_evidence(evidence)
    elif reuse_at is not None:
        line, cell, how = reuse_at
        how = f"reuse was turned on by {how}"
        trail = [provenance.fact(evidence, in_cell_label(evidence, cell), line, how)]
    elif reuse_call is not None:
        line = reuse_call
        how = "reuse was turned on by reuse_variables()"
        trail = [provenance.fact(evidence, None, line, "`reuse_variables()` is called")]
    elif site is not None:
        line = site.line
    summary = (f"'{name}' does not exist yet, but {how} "
               f"({phrases.line_ref(line, cell, evidence)}): reuse only fetches variables "
               "built earlier, it never creates them.")
    fix = ("Build the variables once without reuse (the first call), and pass reuse=True "
           "only for later calls — or use reuse=tf.compat.v1.AUTO_REUSE.")
    return line, cell, summary, fix, trail


def _made_by_variable_constructor(evidence, name: str):
    """The ledger record of the one live graph variable named exactly ``name`` when the
    statement that created it calls ``Variable(...)`` (``tf.Variable``, ``tf.compat.v1.
    Variable``) and no ``get_variable``: such a variable is not in the store get_variable
    searches, which is why the lookup fails though the name exists. None otherwise."""
    exact = [r for r in evidence.all_records
             if r.graph_ref is not None and r.graph_ref() is not None and r.line is not None
             and (r.tf_name or r.name).split(":")[0] == name]
    if len(exact) != 1:
        return None
    record = exact[0]
    stmt = evidence.statement_at(record.line, record.cell)
    if stmt is None:
        return None
    called = {astutil.last_part(c) for c in astutil.calls(stmt)}
    if "Variable" not in called or "get_variable" in called:
        return None
    return record


def _name_scope_around(evidence, record, scope: str):
    """(body line, cell) of a ``with tf.name_scope("<scope>")`` (the missing name's scope, or
    its last part) around the statement that created ``record``, in that cell's code: the
    scope the lookup expects, which get_variable does not apply. None otherwise."""
    found = origins.cell(evidence, in_cell_label(evidence, record.cell))
    if found is None or record.line is None or not scope:
        return None
    _, offset, tree = found
    wanted = {scope, scope.rsplit("/", 1)[-1]}
    for node in reversed(astutil.enclosing_withs(tree, record.line + offset)):
        for item in node.items:
            call = item.context_expr
            if isinstance(call, ast.Call) and astutil.last_part(call) == "name_scope" and \
                    call.args and astutil.constant(call.args[0]) in wanted:
                return node.lineno - offset, in_cell_label(evidence, record.cell)
    return None


def _scope_name_passed(evidence, frame, with_node):
    """The chain of a ``variable_scope(<name>, ...)`` whose name is a variable, followed back
    (through a function's parameter to its caller's argument) to a string literal; None
    otherwise."""
    if with_node is None:
        return None
    for call in astutil.with_calls(with_node, lambda c: astutil.last_part(c) in (
            "variable_scope", "VariableScope")):
        first = call.args[0] if call.args else astutil.keyword(call, "name_or_scope")
        if isinstance(first, ast.Name):
            trail = provenance.chain(evidence, first.id, frame=frame)
            origin = trail.origin
            if trail.complete and isinstance(getattr(origin, "node", None), ast.Constant) \
                    and isinstance(origin.node.value, str):
                return trail
    return None


def _reuse_argument(evidence):
    """The chain of a ``variable_scope(..., reuse=<name>)`` around the lookup (in the lookup's
    frame or a caller's), followed back (through a function's parameter to its caller's
    argument) to a literal True; None when it does not end there."""
    for frame in reversed(evidence.raise_frames):
        # The innermost frame whose code opens a scope with a reuse argument (a helper's own
        # scopes inherit it from its caller's).
        _, reuse = reuse_with(evidence, frame, with_reuse=True)
        if reuse is None:
            continue
        if not isinstance(reuse, ast.Name):
            return None
        trail = provenance.chain(evidence, reuse.id, frame=frame)
        return trail if trail.complete and trail.origin.code == "True" else None
    return None


def reuse_source(evidence, name: str):
    """(body line, cell, how) of what made the lookup of ``name`` a reuse: a
    ``variable_scope(..., reuse=True)`` around the failing call in this cell, else the most
    recent timeline event since the last graph reset that turned reuse on for a scope
    enclosing ``name`` (``reuse_variables()`` or a scope entered with ``reuse=True``)."""
    for frame in evidence.raise_frames:
        if frame.filename != evidence.filename:
            continue
        node, reuse = reuse_with(evidence, frame, with_reuse=True)
        if node is not None and astutil.constant(reuse) is True:
            return evidence.body_line_of(node), None, "`variable_scope(..., reuse=True)`"
    if evidence.timeline is None:
        return None
    since = evidence.timeline.last_reset()
    path = name.rsplit("/", 1)[0] if "/" in name else ""
    found = None
    for what, how in ((tl.REUSE_VARIABLES, "`reuse_variables()`"),
                      (tl.SCOPE_ENTERED, "`variable_scope(..., reuse=True)`")):
        for event in evidence.timeline.of(what, after=since):
            if what == tl.SCOPE_ENTERED and event.detail != "reuse":
                continue
            scope = event.names[0] if event.names else ""
            if scope and not (path == scope or path.startswith(scope + "/")):
                continue
            if event.line is not None and (found is None or event.seq > found[0]):
                found = (event.seq, event.line, event.cell, how)
    return found[1:] if found else None


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
