"""missing_gradient: ``tape.gradient`` gives None, or the optimizer gets no gradients.

The usual causes, each found from evidence rather than from the message alone:
* a variable attribute rebound to a Tensor (``m.w = m.w - lr * g``): AST assignment to an
  attribute from an expression of itself, confirmed by the live attribute now being a Tensor;
* the loss computed outside the ``GradientTape`` block, or through NumPy inside it;
* integer variables (the ledger's dtype), which never get gradients.
"""

from __future__ import annotations

import ast
import re
from typing import NamedTuple

from ..._tf import runtime, safe
from ...report import Finding
from .. import astutil, origins, phrases, provenance
from ..common import in_cell_label

NO_GRADIENTS = r"No gradients provided for any variable"
NUMPY_CALLS = ("numpy", "asarray", "array")


def rebound_attributes(evidence) -> list[tuple[ast.Assign, str, str]]:
    """(statement, object name, attribute) where ``obj.attr = f(obj.attr)`` replaced a
    variable by a tensor (checked on the live object)."""
    return evidence.memo("rebound_attributes", lambda: _rebound_attributes(evidence))


def _rebound_attributes(evidence):
    if evidence.tree is None:
        return []
    found = []
    owners = {}
    for cls in astutil.class_defs(evidence.tree):
        for sub in ast.walk(cls):
            owners.setdefault(id(sub), cls.name)
    for node in astutil.statements(evidence.tree):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
            continue
        base, attr = target.value.id, target.attr
        if not astutil.mentions_attribute(node.value, base, attr):
            continue
        if base == "self":
            # ``self.w = self.w - lr * g`` in a method: look at the live instances.
            instances = evidence.instances_of(owners.get(id(node)), opaque=True)
        else:
            instances = [(base, evidence.value(base, opaque=True))]
        for name, obj in instances:
            # Read without running the object's code (the type rule, _tf/safe.py).
            if obj is not None and \
                    runtime.is_tensor_not_variable(safe.static_attribute(obj, attr)):
                found.append((node, name, attr))
                break
    return found


def _original_variable(evidence, obj, attr):
    """The ledger record of the variable first stored in ``obj.attr`` (its creating line
    assigns ``self.attr = ...Variable(...)`` in the object's class)."""
    for record in evidence.all_records:
        if record.filename is None or record.line is None:
            continue
        stmt = evidence.statement_at(record.line, record.cell)
        if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Attribute) and t.attr == attr for t in stmt.targets):
            return record
    return None


def _rebind_finding(evidence, stmt, base, attr, severity) -> Finding:
    record = _original_variable(evidence, evidence.value(base), attr)
    var = f"'{record.short_name}'" if record else "a tf.Variable"
    created = ""
    if record is not None and record.line is not None:
        created = ", created" + phrases.at_line(record.line, record.cell, evidence)
    line = evidence.body_line_of(stmt)
    culprits = ([record.short_name] if record else []) + [f"{base}.{attr}"]
    return Finding(
        kind="missing_gradient", severity=severity, line=line,
        raise_line=evidence.raise_line if severity == "error" else None, culprits=culprits,
        summary=(f"{base}.{attr} was {var}{created}, but "
                 f"{phrases.line_ref(line, None, evidence)} rebinds the attribute "
                 "to a plain Tensor, so the tape no longer sees a variable and "
                 f"tape.gradient(..., {base}.{attr}) returns None."),
        fix=(f"Update the variable in place: `{base}.{attr}.assign_sub(...)` or "
             "`optimizer.apply_gradients(zip(grads, vars))`, instead of assigning a new "
             "value to the attribute."),
        evidence=([provenance.fact(evidence, in_cell_label(evidence, record.cell), record.line,
                                   f"{base}.{attr} created as {var}")]
                  if record is not None and record.line is not None else []) +
        [provenance.fact(evidence, None, line, f"{base}.{attr} rebound to a plain Tensor")],
        rule="gradients")


def _gradient_calls(evidence):
    if evidence.tree is None:
        return []
    return [c for c in astutil.calls(evidence.tree) if astutil.last_part(c) == "gradient"]


def tape_history(evidence, call):
    """The timeline's record (``timeline.TapeHistory``) of the live tape a ``<tape>.gradient``
    call uses: where it was opened, closed and what it watched; None when the timeline did not
    see that tape (not recorded, or not a name)."""
    receiver = getattr(call.func, "value", None)
    if evidence.timeline is None or not isinstance(receiver, ast.Name):
        return None
    tape = evidence.value(receiver.id)
    if tape is None or not hasattr(tape, "watched_variables"):
        return None
    return evidence.timeline.tape(tape)


def _tape_span(evidence, history) -> tuple[str, str]:
    """("line 7", "at the end of its with block (line 8)"): where the timeline saw the tape
    opened and closed ("" while still open); a close recorded on the ``with`` line itself (as
    Python reports ``__exit__``) is told with the block's last line from the cell's code."""
    opened, closed = history.opened, history.closed
    where = phrases.line_ref(opened.line, opened.cell, evidence)
    if closed is None:
        return where, ""
    stmt = evidence.statement_at(closed.line, closed.cell)
    if isinstance(stmt, ast.With) and (closed.cell, closed.line) == (opened.cell, opened.line):
        last = stmt.end_lineno - (stmt.lineno - closed.line)
        return where, (f"at the end of its with block "
                       f"({phrases.line_ref(last, closed.cell, evidence)})")
    return where, f"at {phrases.line_ref(closed.line, closed.cell, evidence)}"


def _tape_blocks(evidence):
    blocks = []
    for node in ast.walk(evidence.tree):
        if isinstance(node, ast.With) and astutil.with_calls(
                node, lambda c: astutil.last_part(c) == "GradientTape"):
            blocks.append(node)
    return blocks


class Outside(NamedTuple):
    """Where a gradient target was computed out of the tape's sight: ``node`` (a statement, or
    the NumPy call inside the block) at body ``line`` of ``cell`` (None: the failing cell)."""

    node: ast.AST
    name: str
    call: ast.Call
    cell: str | None
    line: int


def _loss_outside_tape(evidence) -> Outside | None:
    """Where a gradient target was computed outside every tape block (or through NumPy inside
    one). A target the block only copies from another name (``loss_value = recon_loss``) is
    followed back along its chain: when the statement that made the value lies outside the
    block (an earlier cell, or before the ``with``), the tape never saw it computed."""
    blocks = _tape_blocks(evidence)
    for call in _gradient_calls(evidence):
        if not call.args or not isinstance(call.args[0], ast.Name):
            continue
        name = call.args[0].id
        stmt = astutil.last_assignment_before(evidence.tree, name, call.lineno)
        if stmt is None:
            continue
        inside = [b for b in blocks if astutil.contains(b, stmt.lineno)]
        if not inside and blocks:
            return Outside(stmt, name, call, None, evidence.body_line_of(stmt))
        for block in inside:
            for sub in ast.walk(block):
                if isinstance(sub, ast.Call) and astutil.last_part(sub) in NUMPY_CALLS and \
                        sub.lineno <= stmt.lineno:
                    return Outside(sub, name, call, None, evidence.body_line_of(sub))
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name):
                trail = provenance.made(evidence, name)
                origin = trail.origin if trail is not None else None
                if origin is not None and origin.node is not stmt and \
                        isinstance(origin.node, ast.Assign) and \
                        (origin.cell is not None or not astutil.contains(block,
                                                                          origin.node.lineno)):
                    return Outside(origin.node, origin.name, call, origin.cell, origin.line)
    return None


# Calls whose output has no gradient with respect to their input: an index, a rounded value,
# a NumPy array or a Python number leaves the tape's graph.
BREAKING_CALLS = {"argmax": "returns indices", "argmin": "returns indices",
                  "round": "is piecewise constant", "floor": "is piecewise constant",
                  "ceil": "is piecewise constant", "sign": "is piecewise constant",
                  "numpy": "leaves TensorFlow for NumPy", "histogram": "runs in NumPy",
                  "stop_gradient": "stops the gradient", "top_k": "returns indices",
                  "predict": "returns a NumPy array (Keras runs it outside the tape)",
                  "predict_on_batch": "returns a NumPy array (Keras runs it outside the tape)",
                  "numpy_function": "returns what NumPy computed, which has no gradient"}
# Calls whose argument at this position (or keyword) picks elements: an index there is not on
# the gradient's path, so an integer cast or an argmax in it breaks nothing.
INDEX_ARGUMENTS = {"gather": (1, "indices"), "gather_nd": (1, "indices"),
                   "boolean_mask": (1, "mask")}
INT_DTYPES = {"int8", "int16", "int32", "int64", "uint8", "uint16", "bool"}


def _prediction_names(func) -> frozenset | None:
    """The names of a loss function ``fn(y_true, y_pred)`` that hold its prediction or values
    computed from it (assignments in order); None when it takes fewer than two parameters.
    The labels carry no gradient, so a call on them alone breaks nothing."""
    params = [a.arg for a in func.args.posonlyargs + func.args.args]
    if len(params) < 2:
        return None
    names = {params[1]}
    assignments = sorted((n for n in ast.walk(func)
                          if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign))),
                         key=lambda n: (n.lineno, n.col_offset))
    for stmt in assignments:
        if stmt.value is not None \
                and any(isinstance(n, ast.Name) and n.id in names for n in ast.walk(stmt.value)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            names.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    return frozenset(names)


def _breaking_call(node, defined=frozenset(), reads=None) -> tuple[ast.Call, str] | None:
    """The first call inside ``node`` (source order) through which no gradient flows.
    A plain call of a function the cells define (``defined``: ``def predict(x)``) is the
    user's own function, not the library call of that name; its body is searched instead.
    ``reads``: only calls that read one of these names count (a loss's prediction and what
    was computed from it)."""
    indices = {id(sub) for call in ast.walk(node) if isinstance(call, ast.Call)
               for sub in ast.walk(_index_argument(call))}
    calls = sorted((c for c in ast.walk(node) if isinstance(c, ast.Call)),
                   key=lambda c: (c.lineno, c.col_offset))
    for call in calls:
        if (isinstance(call.func, ast.Name) and call.func.id in defined) or id(call) in indices:
            continue
        if reads is not None and not any(isinstance(n, ast.Name) and n.id in reads
                                         for n in ast.walk(call)):
            continue
        name = astutil.last_part(call)
        func = astutil.call_name(call)
        if name in BREAKING_CALLS:
            return call, BREAKING_CALLS[name]
        if func.startswith(("np.", "numpy.")):
            return call, "runs in NumPy"
        if name == "cast" and any(
                astutil.last_part(a) in INT_DTYPES or astutil.constant(a) in INT_DTYPES
                for a in list(call.args[1:]) + [k.value for k in call.keywords]):
            return call, "casts to an integer type"
    return None


def _index_argument(call: ast.Call) -> ast.AST:
    """The argument of ``call`` that picks elements (``INDEX_ARGUMENTS``); an empty node when
    it has none."""
    position, keyword = INDEX_ARGUMENTS.get(astutil.last_part(call) or "", (None, None))
    if position is None:
        return ast.Pass()
    found = astutil.keyword(call, keyword)
    if found is None and len(call.args) > position:
        found = call.args[position]
    return found if found is not None else ast.Pass()


def _function_defs(evidence, name: str):
    """(FunctionDef, cell label or None, offset) of a function defined in this or an
    earlier cell (newest first)."""
    trees = [(evidence.tree, None, evidence.offset)] + [
        (evidence.tree_of(info.filename), info.label, info.offset)
        for info in evidence.earlier_cells()]
    for tree, label, offset in trees:
        if tree is None:
            continue
        for func in astutil.function_defs(tree):
            if func.name == name:
                return func, label, offset
    return None


def tape_breaker(evidence):
    """(line, cell, call text, why) of the first call that breaks the gradient path: inside a
    ``GradientTape`` block of this cell, in a cell-defined function called there, or in a
    custom loss given to ``compile(loss=...)``."""
    def search(nodes, label, offset, depth=0, reads=None):
        for node in nodes:
            found = _breaking_call(node, own, reads)
            if found is not None:
                call, why = found
                return call.lineno - offset, label, astutil.call_name(call) or "call", why
            if depth < 2:
                for call in (c for c in ast.walk(node) if isinstance(c, ast.Call)
                             and isinstance(c.func, ast.Name)):
                    defined = _function_defs(evidence, call.func.id)
                    if defined is not None:
                        inner = search(defined[0].body, defined[1], defined[2], depth + 1)
                        if inner is not None:
                            return inner
        return None

    if evidence.tree is None:
        return None
    trees = [evidence.tree] + [evidence.tree_of(i.filename) for i in evidence.earlier_cells()]
    own = frozenset(func.name for tree in trees if tree is not None
                    for func in astutil.function_defs(tree))
    for block in _tape_blocks(evidence):
        found = search(block.body, None, evidence.offset)
        if found is not None:
            return found
    for tree in trees:
        for call in astutil.calls(tree) if tree is not None else ():
            if astutil.last_part(call) != "compile":
                continue
            loss = astutil.keyword(call, "loss")
            if isinstance(loss, ast.Name):
                defined = _function_defs(evidence, loss.id)
                if defined is not None:
                    found = search(defined[0].body, defined[1], defined[2], 1,
                                   _prediction_names(defined[0]))
                    if found is not None:
                        return found
    return None


def _unwatched_source(evidence):
    """(tape block or None, name, gradient call, tape history or None) when
    ``tape.gradient(target, name)`` asks for the gradient of a plain Tensor the tape was never
    told to watch (it watches only trainable variables): no ``watch(name)`` in the block, or,
    from the timeline, ``watch`` calls that watched other tensor objects than ``name``'s."""
    for call in _gradient_calls(evidence):
        if len(call.args) < 2 or not isinstance(call.args[1], ast.Name):
            continue
        name = call.args[1].id
        value = evidence.value(name)
        if not runtime.is_tensor_not_variable(value):
            continue
        history = tape_history(evidence, call)
        if history is not None and history.watches and not history.watched(value):
            return None, name, call, history
        for block in _tape_blocks(evidence):
            watched = any(astutil.last_part(c) == "watch" and c.args and
                          isinstance(c.args[0], ast.Name) and c.args[0].id == name
                          for c in astutil.calls(block))
            if not watched and block.lineno < call.lineno:
                return block, name, call, history
    return None


def _unwatched_finding(evidence, block, name, call, history) -> Finding:
    if block is None:  # watch() ran, on other tensor objects
        watch = history.watches[-1]
        watch_where = phrases.line_ref(watch.line, watch.cell, evidence)
        rebound = astutil.last_assignment_before(evidence.tree, name, call.lineno)
        rebound_line = evidence.body_line_of(rebound) if rebound is not None else None
        if rebound_line is not None and evidence.in_this_cell(watch.cell) and \
                rebound_line > watch.line:
            return Finding(
                kind="missing_gradient", severity="error", line=rebound_line,
                raise_line=evidence.raise_line, culprits=[name, "tape.watch"],
                summary=(f"tape.watch at {watch_where} watched the tensor '{name}' named "
                         f"then, but {phrases.line_ref(rebound_line, None, evidence)} binds "
                         f"'{name}' to a new tensor, which the tape never watched, so the "
                         f"gradient with respect to {name} is None."),
                fix=(f"Call `tape.watch({name})` after the last assignment to {name} (or "
                     "differentiate with respect to the tensor that was watched)."),
                evidence=[provenance.fact(evidence, None, watch.line,
                                          f"tape.watch({name}) ran (timeline)"),
                          provenance.fact(evidence, None, rebound_line,
                                          f"'{name}' rebound to a new tensor afterwards")],
                rule="gradients")
        return Finding(
            kind="missing_gradient", severity="error", line=watch.line,
            cell=None if evidence.in_this_cell(watch.cell) else watch.cell,
            raise_line=evidence.raise_line, culprits=[name, "tape.watch"],
            summary=(f"tape.watch at {watch_where} watched other tensors, not the '{name}' "
                     f"passed to tape.gradient at "
                     f"{phrases.line_ref(evidence.body_line_of(call), None, evidence)}, so the "
                     f"gradient with respect to {name} is None."),
            fix=f"Watch `{name}` itself: `tape.watch({name})` inside the `with` block.",
            evidence=[provenance.fact(evidence, in_cell_label(evidence, watch.cell), watch.line,
                                      "the tape's only watch calls, on other tensors "
                                      "(timeline)"),
                      provenance.fact(evidence, None, evidence.body_line_of(call),
                                      f"gradient asked with respect to '{name}'")],
            rule="gradients")
    line = evidence.body_line_of(block)
    made = provenance.made(evidence, name)
    if made is not None:
        if not astutil.reads(block, name) and not _called_function_reads(evidence, block, name):
            return _source_made_outside(evidence, block, name, call, made)
        update = _updated_with_gradient(evidence, name, call)
        if update is not None:
            return _parameter_made_as_tensor(evidence, name, made, update)
    if history is not None and evidence.in_this_cell(history.opened.cell):
        opened, closed = _tape_span(evidence, history)
        told = (f"the GradientTape opened at {opened}"
                + (f" and closed {closed}" if closed else "")
                + f" recorded no tape.watch call, so the gradient with respect to {name} is "
                "None.")
    else:
        told = (f"the GradientTape opened at {phrases.line_ref(line, None, evidence)} was "
                f"never told to watch it, so the gradient with respect to {name} is None.")
    return Finding(
        kind="missing_gradient", severity="error", line=line,
        raise_line=evidence.raise_line, culprits=[name, "tape.watch"],
        summary=f"'{name}' is a plain Tensor, not a variable, and " + told,
        fix=f"Call `tape.watch({name})` first thing inside the `with` block.",
        evidence=[provenance.fact(evidence, None, line, "the tape block, with no "
                                  f"tape.watch({name})"),
                  provenance.fact(evidence, None, evidence.body_line_of(call),
                                  f"gradient asked with respect to '{name}', a plain Tensor")],
        rule="gradients")


def _called_function_reads(evidence, block, name: str) -> bool:
    """Whether the block calls a function the cells define whose body reads ``name`` (a
    global it would see without the block naming it)."""
    called = {c.func.id for c in astutil.calls(block) if isinstance(c.func, ast.Name)}
    for _, _, _, tree in origins.cells_newest_first(evidence):
        for func in astutil.function_defs(tree):
            if func.name in called and astutil.reads(func, name):
                return True
    return False


def _updated_with_gradient(evidence, name: str, call):
    """Body line of a statement after ``call`` that updates ``name`` from the gradient
    ``call`` returned (``w = w - lr * g``, ``w -= lr * g``): the code trains ``name`` as a
    parameter. None otherwise."""
    stmt = evidence.statement_at(evidence.body_line_of(call))
    grads = astutil.assigned_names(stmt) if isinstance(stmt, ast.Assign) else []
    if not grads:
        return None
    for node in astutil.statements(evidence.tree):
        if node.lineno <= call.lineno:
            continue
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name
                                                for t in node.targets):
            value = node.value
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and \
                node.target.id == name:
            value = node.value
        else:
            continue
        if isinstance(node, ast.AugAssign) or astutil.reads(value, name):
            if any(astutil.reads(value, g) for g in grads):
                return evidence.body_line_of(node)
    return None


def _source_made_outside(evidence, block, name, call, made) -> Finding:
    """The source was computed before the tape opened and the tape block never reads it: the
    target does not depend on that tensor at all, watched or not."""
    origin = made.origin
    opened = phrases.line_ref(evidence.body_line_of(block), None, evidence)
    target = ast.unparse(call.args[0]) if call.args else "the target"
    return Finding(
        kind="missing_gradient", severity="error", line=origin.line,
        raise_line=evidence.raise_line, cell=origin.cell,
        culprits=[name, "GradientTape"],
        summary=(f"'{name}' was computed at {origin.where(evidence)}, outside the GradientTape "
                 f"opened at {opened}, and the tape's block never reads it: {target} does "
                 f"not depend on that tensor, so the gradient with respect to {name} is None "
                 "(watching it would not change that)."),
        fix=(f"Compute `{name}` inside the `with` block, from the same call that leads to "
             f"{target} (e.g. `{name}, preds = model(x)` under the tape), and take the gradient "
             "with respect to that tensor."),
        evidence=made.as_evidence(evidence) + [provenance.fact(
            evidence, None, evidence.body_line_of(block),
            f"the tape block, which does not read '{name}'")],
        rule="gradients")


def _parameter_made_as_tensor(evidence, name, made, update) -> Finding:
    """The code updates ``name`` from its gradient like a trained parameter, but ``name`` was
    made as a plain tensor, which a tape does not watch."""
    origin = made.origin
    return Finding(
        kind="missing_gradient", severity="error", line=origin.line,
        raise_line=evidence.raise_line, cell=origin.cell,
        culprits=[name, "tf.Variable"],
        summary=(f"'{name}' is trained like a parameter (updated from its gradient at "
                 f"{phrases.line_ref(update, None, evidence)}) but was made at "
                 f"{origin.where(evidence)} as a plain Tensor, not a tf.Variable; a "
                 "GradientTape watches only variables by itself, so the gradient with respect "
                 f"to {name} is None."),
        fix=(f"Make it a variable where it is made (`{name} = tf.Variable(...)` at "
             f"{origin.where(evidence)}) and update it in place with "
             f"`{name}.assign_sub(...)`; or call `tape.watch({name})` in the `with` block."),
        evidence=made.as_evidence(evidence) + [provenance.fact(
            evidence, None, update, f"'{name}' updated from its gradient")],
        rule="gradients")


def has_rebound_attribute(evidence) -> bool:
    return bool(rebound_attributes(evidence))


def rebound_variable(evidence) -> Finding | None:
    """A variable attribute rebound to a Tensor (``m.w = m.w - lr * g``): the next
    ``tape.gradient(..., m.w)`` is None and whatever uses it fails.

    ``TypeError: unsupported operand type(s) for *: 'float' and 'NoneType'``
    """
    rebinds = rebound_attributes(evidence)
    return _rebind_finding(evidence, *rebinds[0], severity="error") if rebinds else None


def has_none_gradient(evidence) -> bool:
    """The cell calls ``tape.gradient`` and the loss it differentiates left the tape (or a
    result it bound holds None)."""
    if not _gradient_calls(evidence):
        return False
    return _loss_outside_tape(evidence) is not None or bool(_none_results(evidence)) or \
        _unwatched_source(evidence) is not None


def _every_gradient_missing(evidence) -> bool:
    """The optimizer's "no gradient for any variable", against one None gradient used."""
    return re.search(NO_GRADIENTS, evidence.message or "") is not None


def _ending(evidence, every: str, some: str) -> str:
    return every if _every_gradient_missing(evidence) else some


def non_trainable_sources(evidence) -> Finding | None:
    """Gradients asked for a list that holds non-trainable variables (``model.variables``
    with a BatchNormalization's moving statistics): the tape gives None for exactly those,
    and the code that uses every gradient fails. The cause is where that list was chosen.

    ``ValueError: None values not supported.``
    """
    if evidence.tree is None:
        return None
    for call in _gradient_calls(evidence):
        holder = next((n for n in astutil.module_level_nodes(evidence.tree)
                       if isinstance(n, ast.Assign) and n.value is call), None)
        names = astutil.assigned_names(holder) if holder is not None else []
        if len(call.args) < 2 or len(names) != 1:
            continue
        grads, sources = evidence.value(names[0]), evidence.eval_node(call.args[1])
        if type(grads) not in (list, tuple) or type(sources) not in (list, tuple) or \
                len(grads) != len(sources) or \
                not all(runtime.is_variable(v) for v in sources):
            continue
        missing = {i for i, g in enumerate(grads) if g is None}
        frozen = {i for i, v in enumerate(sources) if v.trainable is False}
        if not missing or missing != frozen:
            continue
        chosen = call.args[1]
        made = provenance.assignment(evidence, chosen.id) \
            if isinstance(chosen, ast.Name) else None
        line, cell = (made.line, made.cell) if made is not None else \
            (evidence.body_line_of(call), None)
        code = ast.unparse(getattr(made.node, "value", None) or chosen if made is not None
                           else chosen)
        shown = [sources[i].name.split(":")[0] for i in sorted(frozen)]
        return Finding(
            kind="missing_gradient", severity="error", line=line, cell=cell,
            raise_line=evidence.raise_line,
            culprits=[c for c in (getattr(chosen, "id", None), names[0]) if c] + shown[:3],
            summary=(f"The gradients were asked for `{code}` "
                     f"({phrases.line_ref(line, cell, evidence)}), which holds "
                     f"{phrases.plural(len(frozen), 'non-trainable variable')} "
                     f"({phrases.quote(shown[:4])}); the tape gives None for exactly those, and "
                     "the code that uses every gradient fails on them."),
            fix=("Ask for the trainable ones only: `model.trainable_variables` (moving "
                 "statistics are updated by the layer itself, not by gradients)."),
            evidence=[provenance.fact(evidence, cell, line, f"the sources chosen: `{code}`"),
                      provenance.fact(evidence, None, evidence.body_line_of(call),
                                      f"None for the {len(frozen)} non-trainable of "
                                      f"{len(sources)} sources (their values)")],
            rule="gradients")
    return None


def loss_outside_tape(evidence) -> Finding | None:
    """The loss (or a value on its path) is computed where the tape does not record: before
    it opened, after it closed, or through NumPy.

    ``ValueError: No gradients provided for any variable.``
    """
    outside = _loss_outside_tape(evidence) if evidence.tree is not None else None
    if outside is None:
        return None
    target = outside.call.args[0].id
    culprits = list(dict.fromkeys([outside.name, target, "tape"]))
    return Finding(
        kind="missing_gradient", severity="error", line=outside.line, cell=outside.cell,
        raise_line=evidence.raise_line, culprits=culprits,
        summary=_outside_summary(evidence, outside) + _ending(
            evidence, " every gradient is None.", " the gradient is None."),
        fix=("Compute the loss inside `with tf.GradientTape() as tape:` using TensorFlow "
             "ops only (no `.numpy()`/NumPy in between)."),
        evidence=[provenance.fact(evidence, None, evidence.body_line_of(outside.call),
                                  f"tape.gradient of '{target}'"),
                  provenance.fact(evidence, outside.cell, outside.line,
                                  f"'{outside.name}' computed where the tape does not record")])


def source_not_watched(evidence) -> Finding | None:
    """The gradient is taken with respect to a tensor the tape never watched (a constant, an
    input): only variables are watched by default.

    ``ValueError: Attempt to convert a value (None) with an unsupported type (<class
    'NoneType'>) to a Tensor.``
    """
    unwatched = _unwatched_source(evidence)
    return _unwatched_finding(evidence, *unwatched) if unwatched is not None else None


def gradient_path_broken(evidence) -> Finding | None:
    """A call on the loss's path that has no gradient (``argmax``, ``round``, a cast to an
    integer, NumPy, ``predict``) cuts every path back to the variables.

    ``ValueError: No gradients provided for any variable.``
    """
    broken = tape_breaker(evidence)
    if broken is None:
        return None
    line, cell, call, why = broken
    return Finding(
        kind="missing_gradient", severity="error", line=line,
        raise_line=evidence.raise_line, cell=None if evidence.in_this_cell(cell) else cell,
        culprits=[call, call.rsplit(".", 1)[-1]],
        summary=(f"`{call}` at {phrases.line_ref(line, cell, evidence)} {why}, so no "
                 "gradient flows back through it to the model's variables"
                 + _ending(evidence, " and every gradient is None.", ".")),
        fix=("Keep the loss differentiable: use the probabilities/logits instead of "
             "argmax/round (e.g. a cross-entropy or a soft dice), and TensorFlow ops "
             "instead of NumPy inside the loss."),
        evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                  "no gradient reached the variables"),
                  provenance.fact(evidence, None if evidence.in_this_cell(cell) else cell,
                                  line, f"`{call}` {why}, in the recorded computation")])


def integer_variable(evidence) -> Finding | None:
    """The trainable variables are integers: gradients only flow to floating-point ones.

    ``ValueError: No gradients provided for any variable.``
    """
    ints = [r for r in evidence.all_records if r.dtype and r.dtype.startswith(("int", "uint"))
            and r.trainable]
    if not ints or not _every_gradient_missing(evidence):
        return None
    record = ints[0]
    cell = None if evidence.in_this_cell(record.cell) else record.cell
    # The name the creating statement binds (``steps = tf.Variable(3)``), when it binds one:
    # TensorFlow's own name of an unnamed variable is just "Variable".
    stmt = evidence.statement_at(record.line, record.cell)
    bound = astutil.assigned_names(stmt) if isinstance(stmt, ast.Assign) else []
    name = bound[0] if len(bound) == 1 else record.short_name
    return Finding(
        kind="missing_gradient", severity="error", line=record.line,
        raise_line=evidence.raise_line, cell=cell,
        culprits=list(dict.fromkeys([name] + [r.short_name for r in ints])),
        summary=(f"'{name}' is an {record.dtype} variable; gradients only "
                 "flow to floating-point variables."),
        fix="Create the variable with a float dtype (e.g. `tf.Variable(0.0)`).",
        evidence=[provenance.fact(evidence, cell, record.line,
                                  f"'{name}' created as {record.dtype} (ledger)")])


def missing_gradient(evidence) -> Finding | None:
    """``tape.gradient`` returned None and no recorded evidence says which link of the loss's
    path is missing: the finding names the gradient call, at the raise line's cell.

    ``ValueError: No gradients provided for any variable.``
    """
    calls = _gradient_calls(evidence)
    if not calls:
        # The gradients were taken out of sight (inside a function another cell defines, or
        # by Keras): the general report of the failing call, as a missing gradient.
        from ..general import other

        finding = other(evidence, in_function=False)
        finding.kind = "missing_gradient"
        finding.fix = ("Make sure the forward pass that uses the variables runs inside the "
                       "`tf.GradientTape` block that takes the gradient, with TensorFlow ops "
                       "only (no NumPy round trip, no `argmax`/`round` on the loss's path).")
        return finding
    line = evidence.body_line_of(calls[0])
    owner, links, place = _sources_unused(evidence, calls[0])
    cell, at = place if place is not None else (None, line)
    unused = (f" The sources are the weights of `{owner}`, chosen at "
              f"{phrases.line_ref(at, cell, evidence)}, and the tape's block never uses "
              f"`{owner}`." if owner else "")
    return Finding(
        kind="missing_gradient", severity="error", line=at,
        cell=None if evidence.in_this_cell(cell) else cell,
        raise_line=evidence.raise_line, culprits=[owner] if owner else [], evidence=links,
        summary=("tape.gradient at {} returned None{}: the loss does not depend on "
                 "them through recorded TensorFlow ops.{}").format(
                     phrases.line_ref(line, None, evidence),
                     _ending(evidence, " for every variable", " for some variables"), unused),
        fix=("Make sure the forward pass that uses the variables runs inside the tape and "
             "that the variables you differentiate are the ones the model uses."))


def _outside_summary(evidence, outside: Outside) -> str:
    """Why the tape has no path to the target, with the tape's recorded open/close lines when
    the timeline saw it: computed before the tape opened, after it closed, through NumPy, or in
    an earlier cell and only copied inside the block."""
    node, name, call, line = outside.node, outside.name, outside.call, outside.line
    where = phrases.line_ref(line, outside.cell, evidence)
    history = tape_history(evidence, call)
    if isinstance(node, ast.Call):  # a NumPy call inside the block
        return (f"'{name}' goes through `{astutil.call_name(node) or 'NumPy'}` at {where}, "
                "which leaves TensorFlow, so the tape recorded no path from it to the "
                "variables and")
    target = call.args[0].id
    if outside.cell is not None:
        return (f"'{name}' is computed at {where}, in an earlier cell, and the tape's block "
                f"only reads that finished value into '{target}': the tape recorded no path "
                "from it to the variables and")
    if history is not None and evidence.in_this_cell(history.opened.cell):
        opened, closed = _tape_span(evidence, history)
        if line < history.opened.line:
            when = f"before the GradientTape was opened at {opened}"
        elif closed:
            when = f"after the GradientTape opened at {opened} had closed {closed}"
        else:
            when = f"outside the GradientTape opened at {opened}"
        return (f"'{name}' is computed at {where}, {when}, so the tape recorded no path from "
                f"it to the variables and")
    return (f"'{name}' is computed at {where} outside the GradientTape, so the tape recorded "
            "no path from it to the variables and")


def _sources_unused(evidence, call) -> tuple[str | None, list[dict], tuple | None]:
    """(the object the sources come from, links, (cell, line) where they were chosen) when
    the sources of ``tape.gradient(target, sources)`` belong to an object that the tape's
    block never uses (``target_net.trainable_weights`` while the forward pass calls
    ``online_net``): no recorded op can connect them to the target. (None, [], None)
    otherwise — an unused source is then not shown, and the finding stays unmoved."""
    sources = call.args[1] if len(call.args) > 1 else astutil.keyword(call, "sources")
    if sources is None:
        return None, [], None
    links, place = [], (None, evidence.body_line_of(call))
    expr = sources
    if isinstance(sources, ast.Name):
        walked = provenance.made(evidence, sources.id)
        if walked is None:
            return None, [], None
        expr = provenance.value_of(walked.origin)
        links = walked.as_evidence(evidence)
        place = (walked.origin.cell, walked.origin.line)
    root = expr
    while isinstance(root, (ast.Attribute, ast.Subscript)):
        root = root.value
    if not isinstance(root, ast.Name) or isinstance(expr, ast.Name):
        return None, [], None
    blocks = [b for b in _tape_blocks(evidence)
              if any(isinstance(n, ast.Name) and n.id == getattr(call.func.value, "id", None)
                     for item in b.items for n in ast.walk(item))]
    if len(blocks) != 1:
        return None, [], None
    used = {n.id for stmt in blocks[0].body for n in ast.walk(stmt) if isinstance(n, ast.Name)}
    if root.id in used:
        return None, [], None
    block = blocks[0]
    links.append(provenance.fact(
        evidence, None, evidence.body_line_of(block),
        f"the tape's block never uses `{root.id}`, whose weights are the sources"))
    return root.id, links, place


def _none_results(evidence) -> list[str]:
    """Names bound at cell level to a ``.gradient(...)`` result that holds None."""
    found = []
    if evidence.tree is None or not evidence.mentions("gradient"):
        return found
    for node in astutil.module_level_nodes(evidence.tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call) or \
                astutil.last_part(node.value) != "gradient":
            continue
        for name in astutil.assigned_names(node):
            value = evidence.value(name)
            values = list(value) if isinstance(value, (list, tuple)) else [value]
            if any(v is None for v in values):
                found.append(name)
    return found


def missing_gradient_warnings(evidence) -> list[Finding]:
    findings = [_rebind_finding(evidence, *item, severity="warning")
                for item in rebound_attributes(evidence)]
    if evidence.tree is None or not evidence.mentions("gradient"):
        return findings
    for node in astutil.module_level_nodes(evidence.tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call) or \
                astutil.last_part(node.value) != "gradient":
            continue
        for name in astutil.assigned_names(node):
            if not evidence.has_value(name):
                continue
            value = evidence.value(name)
            values = list(value) if isinstance(value, (list, tuple)) else [value]
            if values and any(v is None for v in values):
                missing = sum(v is None for v in values)
                those = "that source" if missing == 1 else "those sources"
                line = gradient_line = evidence.body_line_of(node)
                outside = _loss_outside_tape(evidence)
                why = f"{those} {'gets' if missing == 1 else 'get'} no update."
                if outside is not None and outside.call is node.value and outside.cell is None:
                    # The cause line, not the gradient call: the warning then points where the
                    # fix goes, and on a failing cell it is the error's own cause (not repeated).
                    line = outside.line
                    why = _outside_summary(evidence, outside) + \
                        f" {those} {'gets' if missing == 1 else 'get'} no gradient."
                findings.append(Finding(
                    kind="missing_gradient", severity="warning", line=line, culprits=[name],
                    summary=(f"tape.gradient at {phrases.line_ref(gradient_line, None, evidence)} "
                             f"returned None for {missing} of "
                             f"{phrases.plural(len(values), 'source')}: {why}"),
                    fix=(f"Check that the loss is computed inside the tape from {those}, with "
                         "TensorFlow ops, and that "
                         + ("it is a float variable." if missing == 1 else
                            "they are float variables.")),
                    rule="gradients"))
    return findings


def unused_weight_warnings(evidence) -> list[Finding]:
    """A trainable weight a custom layer creates (``self.w = self.add_weight(...)``) but no
    method other than ``build``/``__init__`` ever reads: it never gets a gradient, and Keras
    only prints ``Gradients do not exist for variables [...]`` while training goes on."""
    from .untracked_weights import class_node

    findings, seen = [], set()
    for _, layer in evidence.user_layers():
        cls = type(layer)
        if cls in seen:
            continue
        seen.add(cls)
        node, filename = class_node(evidence, cls)
        if node is None:
            continue
        made, read = {}, set()
        for method in node.body:
            if not isinstance(method, ast.FunctionDef):
                continue
            if method.name in ("build", "__init__"):
                for attr, stmt, value in astutil.self_attribute_assignments(method):
                    if isinstance(value, ast.Call) and astutil.last_part(value) in (
                            "add_weight", "add_variable") and \
                            astutil.constant(astutil.keyword(value, "trainable")) is not False:
                        made.setdefault(attr, stmt)
            else:
                read.update(n.attr for n in ast.walk(method) if isinstance(n, ast.Attribute)
                            and isinstance(n.value, ast.Name) and n.value.id == "self")
        if not any(isinstance(m, ast.FunctionDef) and m.name == "call" for m in node.body):
            continue
        for attr, stmt in made.items():
            if attr in read or getattr(layer, attr, None) is None:
                continue
            located = evidence.registry.body_line(filename, stmt.lineno)
            if located is None:
                continue
            cell, line = located
            findings.append(Finding(
                kind="missing_gradient", severity="warning", line=line,
                cell=None if evidence.in_this_cell(cell) else cell,
                culprits=[attr, f"self.{attr}", cls.__name__],
                summary=(f"{cls.__name__} creates the trainable weight self.{attr} at "
                         f"{phrases.line_ref(line, cell, evidence)}, but call() never uses "
                         "it: it gets no gradient and training never changes it."),
                fix=(f"Use self.{attr} in call(), or drop it (or create it with "
                     "trainable=False if it is meant to stay fixed)."),
                rule="gradients"))
    return findings


def forward_pass_outside_tape(evidence) -> Finding | None:
    """The loss is computed inside the tape, but from a prediction the model made *before* the
    tape opened: the tape never saw the model's variables used, so every gradient is None. The
    cause is the model call outside the ``with`` block (found by following the loss's inputs
    back, in the cell's code, to a call of the model whose variables are asked for).

    ``ValueError: No gradients provided for any variable.``
    """
    if evidence.tree is None:
        return None
    from .other import _is_keras_layer

    blocks = _tape_blocks(evidence)
    for call in _gradient_calls(evidence):
        if len(call.args) < 2 or not isinstance(call.args[0], ast.Name):
            continue
        loss = call.args[0].id
        stmt = astutil.last_assignment_before(evidence.tree, loss, call.lineno)
        block = next((b for b in blocks if stmt is not None and
                      astutil.contains(b, stmt.lineno)), None)
        if block is None or not isinstance(stmt, ast.Assign):
            continue
        asked = ast.unparse(call.args[1])
        for read in dict.fromkeys(n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name)):
            made = astutil.last_assignment_before(evidence.tree, read, block.lineno - 1)
            if not isinstance(made, ast.Assign) or \
                    any(astutil.contains(b, made.lineno) for b in blocks):
                continue
            models = [c.func.id for c in ast.walk(made.value) if isinstance(c, ast.Call)
                      and isinstance(c.func, ast.Name) and c.func.id in asked
                      and _is_keras_layer(evidence.value(c.func.id))]
            if not models:
                continue
            line = evidence.body_line_of(made)
            opened = evidence.body_line_of(block)
            model = models[0]
            links = [
                provenance.fact(evidence, None, evidence.body_line_of(call),
                                f"gradients of {loss} for {asked}"),
                provenance.fact(evidence, None, evidence.body_line_of(stmt),
                                f"{loss} computed inside the tape from {read}"),
                {"cell": None, "line": line,
                 "text": f"{read} = {model}(...) at {phrases.line_ref(line, None, evidence)}, "
                         f"before the tape opens at {phrases.line_ref(opened, None, evidence)}"}]
            return Finding(
                kind="missing_gradient", severity="error", line=line,
                raise_line=evidence.raise_line, culprits=[read, model, "tape", loss],
                summary=(f"{read} is computed by {model} at {phrases.line_ref(line, None, evidence)}"
                         f", before the tape opens at {phrases.line_ref(opened, None, evidence)}: "
                         f"the tape records only what runs inside its block, so {loss} has no "
                         f"path back to {model}'s variables and every gradient is None."),
                fix=(f"Move `{ast.unparse(made).strip()}` inside the "
                     "`with tf.GradientTape() as tape:` block, before the loss."),
                rule="gradients", evidence=links)
    return None
