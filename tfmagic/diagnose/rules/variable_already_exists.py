"""variable_already_exists: a ``variable_scope`` entered again without reuse.

Raised deep inside ``get_variable``; the cause is the *call* that entered the scope a second
time: the frame of this cell that called the function holding the ``with variable_scope`` (e.g.
the second ``build_model(...)``), else the outermost frame of this cell in the traceback.
A name under no scope re-enters nothing: there the cause is the second ``get_variable`` itself
(the deepest frame of this cell). The ledger knows where the existing variable was first created.
"""

from __future__ import annotations

import ast
import re

from ... import timeline as tl
from ...report import Finding
from .. import astutil, origins, phrases, provenance
from ..common import call_site, frame_line, in_cell_label, reuse_with, scope_prefix

EXISTS = re.compile(r"Variable ([\w/.\-]+) already exists, disallowed")


def variable_already_exists(evidence) -> Finding | None:
    """A scope built a second time without reuse.

    ``ValueError: Variable rnn/gru_cell/gates/kernel already exists, disallowed. Did you mean
    to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?``
    """
    match = EXISTS.search(evidence.message)
    if not match:
        return None
    name = match.group(1)
    scope = scope_prefix(name)
    earlier = evidence.records_named(name)
    first = earlier[0] if earlier else None
    first_where = ""
    if first is not None and first.line is not None:
        first_where = f" (first created{phrases.at_line(first.line, first.cell, evidence)})"
    links = [provenance.fact(evidence, in_cell_label(evidence, first.cell), first.line,
                             f"'{name}' first created")] if first_where else []
    if "/" not in name:
        return _unscoped(evidence, name, first_where, links)
    site = _entering_call(evidence) or call_site(evidence)
    line = site.line if site is not None else evidence.raise_line
    opened = _scope_opened_here(evidence, name)
    deepest = evidence.deepest_raise_frame()
    with_node, _ = reuse_with(evidence, deepest)
    scope_line = phrases.at_line(frame_line(deepest, with_node),
                                 in_cell_label(evidence, deepest.label), evidence) \
        if with_node is not None else ""
    summary = (f"'{name}' already exists{first_where}: the code at "
               f"{phrases.line_ref(line, None, evidence)} enters "
               f"variable_scope '{scope.rstrip('/')}'{scope_line} again without reuse, so it "
               "tries to create the same variables a second time.")
    if opened is not None:
        # This cell opens (without reuse) an outer scope the duplicated name starts with,
        # around the statement that built again: that ``with`` is where reuse belongs.
        opened_line, part = opened
        summary = (f"'{name}' already exists{first_where}: "
                   f"{phrases.line_ref(opened_line, None, evidence)} opens variable_scope "
                   f"'{part}' again "
                   f"without reuse, and the code at {phrases.line_ref(line, None, evidence)} "
                   "builds the same variables in it a second time.")
        line = opened_line
    fix = (f"To share the weights pass reuse=True (or tf.compat.v1.AUTO_REUSE) for the second "
           f"build at {phrases.line_ref(line, None, evidence)}; to get a separate model use a "
           "different scope name; when "
           "re-running a notebook cell, call tf.compat.v1.reset_default_graph() first.")
    links.append(provenance.fact(evidence, None, line, "the scope is built again without reuse"))
    return Finding(kind="variable_already_exists", severity="error", line=line,
                   raise_line=evidence.raise_line, culprits=[scope, name], summary=summary,
                   fix=fix, rule="scopes", evidence=links)


def scope_entered_twice_in_one_pass(evidence) -> Finding | None:
    """A loop in a builder function enters one ``with variable_scope(name)`` twice with the
    same name in one call (two layers given one scope): the second pass asks for the variables
    the first pass made. The cause is where that name is chosen, not a second build.

    Evidence, all recorded: the timeline saw that ``with`` (in a loop of its function) enter
    the duplicated name's scope twice, the existing variable created between those two entries,
    by the same statement of the failing cell that raised now.

    ``ValueError: Variable policy/gated/kernel already exists, disallowed. Did you mean to set
    reuse=True or reuse=tf.AUTO_REUSE in VarScope?``
    """
    match = EXISTS.search(evidence.message)
    if not match or evidence.timeline is None or "/" not in match.group(1):
        return None
    name = match.group(1)
    scope = name.rsplit("/", 1)[0]
    frame = next((f for f in reversed(evidence.raise_frames)
                  if f.function not in ("", "<module>") and reuse_with(evidence, f)[0] is not None),
                 None)
    outer = evidence.raise_frames[0] if evidence.raise_frames else None
    if frame is None or outer is None or not evidence.in_this_cell(outer.label):
        return None
    node, reuse = reuse_with(evidence, frame)
    func, _, _ = provenance.function_node(evidence, frame)
    if reuse is not None or func is None or not any(
            isinstance(loop, (ast.For, ast.While)) and astutil.contains(loop, node.lineno)
            for loop in ast.walk(func)):
        return None
    with_line = frame_line(frame, node)
    entries = [e for e in evidence.timeline.of(tl.SCOPE_ENTERED)
               if e.names and e.names[0] == scope and (e.cell, e.line) == (frame.label, with_line)]
    made = evidence.timeline.created(name)
    if len(entries) < 2 or made is None or not entries[-2].seq < made.seq < entries[-1].seq or \
            (made.site_cell, made.site_line) != (outer.label, outer.line):
        return None
    call = astutil.with_calls(node, lambda c: astutil.last_part(c) in (
        "variable_scope", "VariableScope"))[0]
    given = call.args[0] if call.args else astutil.keyword(call, "name_or_scope")
    cell = in_cell_label(evidence, frame.label)
    line, chosen = with_line, ""
    if isinstance(given, ast.Name):
        bound = [n for n in astutil.assignments_to(func, given.id)
                 if n.lineno < node.lineno and origins.binds(n, given.id)]
        if bound:
            line = frame_line(frame, bound[-1])
            chosen = (f" The scope's name, `{given.id}`, is set at "
                      f"{phrases.line_ref(line, cell, evidence)} and repeats between passes.")
    with_ref = phrases.line_ref(with_line, cell, evidence)
    code = ast.unparse(call) if len(ast.unparse(call)) <= 50 else "variable_scope(...)"
    return Finding(
        kind="variable_already_exists", severity="error", line=line, cell=cell,
        raise_line=evidence.raise_line,
        culprits=[c for c in (scope, name, getattr(given, "id", None), func.name) if c],
        summary=(f"'{name}' already exists: in the one call of {func.name}() at "
                 f"{phrases.line_ref(outer.line, None, evidence)}, the loop's `with {code}` at "
                 f"{with_ref} entered '{scope}' twice, and the first pass created '{name}'; "
                 f"the second asks for it again.{chosen}"),
        fix=("Give each pass its own scope name (add the loop's index, e.g. "
             "`f\"{kind}_{i}\"`); or pass reuse=tf.compat.v1.AUTO_REUSE if the passes are "
             "meant to share their weights."),
        rule="scopes",
        evidence=[provenance.fact(evidence, cell, with_line,
                                  f"'{scope}' entered (timeline), then entered again"),
                  provenance.fact(evidence, in_cell_label(evidence, made.cell), made.line,
                                  f"'{name}' created between the two entries (timeline)")])


def _scope_opened_here(evidence, name: str) -> tuple[int, str] | None:
    """(body line, scope name) of a ``with variable_scope("<part>")`` of this cell, without
    a reuse argument, around the cell's statement on the traceback — a call that runs a
    function of the cells — whose literal name is a leading part of ``name``'s scope path;
    None otherwise."""
    own = [f for f in evidence.raise_frames if evidence.in_this_cell(f.label)]
    if not own or evidence.tree is None or not any(
            f.function not in ("", "<module>") for f in evidence.raise_frames):
        # Only a builder function of the cells called a second time is "the same model
        # built again to share"; a library call run twice is a re-run cell, not a reuse slip.
        return None
    parts = name.split("/")[:-1]
    for node in reversed(astutil.enclosing_withs(evidence.tree, own[0].lineno)):
        for call in astutil.with_calls(node, lambda c: astutil.last_part(c) in (
                "variable_scope", "VariableScope")):
            label = astutil.constant(call.args[0]) if call.args else None
            if isinstance(label, str) and label in parts and \
                    astutil.keyword(call, "reuse") is None:
                return evidence.body_line_of(node), label
    return None


def _entering_call(evidence):
    """The frame of this cell that called the function whose ``with variable_scope(...)`` the
    failing ``get_variable`` ran in (the call that entered the scope again); None when that
    caller is not in this cell, or the scope is not in a function."""
    frames = evidence.raise_frames
    for index in range(len(frames) - 1, 0, -1):
        frame = frames[index]
        tree = evidence.tree if frame.filename == evidence.filename \
            else evidence.tree_of(frame.filename)
        if reuse_with(evidence, frame, tree)[0] is not None:
            caller = frames[index - 1]
            return caller if caller.filename == evidence.filename else None
    return None


def _unscoped(evidence, name: str, first_where: str, links: list) -> Finding:
    """A name under no variable_scope asked for again: the second ``get_variable`` is the cause,
    at the raise line (no scope was entered, so no call site to move to)."""
    line = evidence.raise_line
    links.append(provenance.fact(evidence, None, line, "asked for again"))
    summary = (f"'{name}' already exists{first_where}: the `get_variable` at "
               f"{phrases.line_ref(line, None, evidence)} asks for a new variable of the same "
               "name, outside any variable_scope, where a name can be created once per graph.")
    fix = (f"Use the variable made first (pass it in instead of calling `get_variable` again), "
           "or create it under a variable_scope with reuse=tf.compat.v1.AUTO_REUSE; when "
           "re-running a notebook cell, call tf.compat.v1.reset_default_graph() first.")
    return Finding(kind="variable_already_exists", severity="error", line=line,
                   raise_line=evidence.raise_line, culprits=[name], summary=summary,
                   fix=fix, rule="scopes", evidence=links)
