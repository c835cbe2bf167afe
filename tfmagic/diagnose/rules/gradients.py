"""missing_gradient: ``tape.gradient`` gives None, or the optimizer gets no gradients.

The usual causes, each found from evidence rather than from the message alone:
* a variable attribute rebound to a Tensor (``m.w = m.w - lr * g``): AST assignment to an
  attribute from an expression of itself, confirmed by the live attribute now being a Tensor;
* the loss computed outside the ``GradientTape`` block, or through NumPy inside it;
* integer variables (the ledger's dtype), which never get gradients.
"""

from __future__ import annotations

import ast

from ..._tf import runtime
from ...report import Finding
from .. import astutil

NONE_SYMPTOMS = ("None", "No gradients provided", "NoneType")
NUMPY_CALLS = ("numpy", "asarray", "array")


def rebound_attributes(evidence) -> list[tuple[ast.Assign, str, str]]:
    """(statement, object name, attribute) where ``obj.attr = f(obj.attr)`` replaced a
    variable by a tensor (checked on the live object)."""
    if evidence.tree is None:
        return []
    found = []
    owners = {}
    for cls in astutil.class_defs(evidence.tree):
        for sub in ast.walk(cls):
            owners.setdefault(id(sub), cls.name)
    for node in ast.walk(evidence.tree):
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
            instances = [(name, obj) for name, obj in evidence.user_ns.items()
                         if type(obj).__name__ == owners.get(id(node)) and
                         not name.startswith("_")]
        else:
            instances = [(base, evidence.user_ns.get(base))]
        for name, obj in instances:
            if obj is not None and runtime.is_tensor_not_variable(getattr(obj, attr, None)):
                found.append((node, name, attr))
                break
    return found


def _original_variable(evidence, obj, attr):
    """The ledger record of the variable first stored in ``obj.attr`` (its creating line
    assigns ``self.attr = ...Variable(...)`` in the object's class)."""
    for record in evidence.all_records:
        if record.filename is None or record.line is None:
            continue
        info = evidence.registry.info(record.filename)
        tree = evidence.tree_of(record.filename)
        if tree is None or info is None:
            continue
        stmt = astutil.statement_at(tree, record.line + info.offset)
        if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Attribute) and t.attr == attr for t in stmt.targets):
            return record
    return None


def _rebind_finding(evidence, stmt, base, attr, severity) -> Finding:
    record = _original_variable(evidence, evidence.user_ns.get(base), attr)
    var = f"'{record.short_name}'" if record else "a tf.Variable"
    created = ""
    if record is not None and record.line is not None:
        created = f", created at line {record.line}" + (
            "" if evidence.in_this_cell(record.cell) else f" of {record.cell}")
    line = evidence.body_line_of(stmt)
    culprits = ([record.short_name] if record else []) + [f"{base}.{attr}"]
    return Finding(
        kind="missing_gradient", severity=severity, line=line,
        raise_line=evidence.raise_line if severity == "error" else None, culprits=culprits,
        summary=(f"{base}.{attr} was {var}{created}, but line {line} rebinds the attribute "
                 "to a plain Tensor, so the tape no longer sees a variable and "
                 f"tape.gradient(..., {base}.{attr}) returns None."),
        fix=(f"Update the variable in place: `{base}.{attr}.assign_sub(...)` or "
             "`optimizer.apply_gradients(zip(grads, vars))`, instead of assigning a new "
             "value to the attribute."),
        rule="gradients")


def _gradient_calls(evidence):
    if evidence.tree is None:
        return []
    return [c for c in astutil.calls(evidence.tree) if astutil.last_part(c) == "gradient"]


def _tape_blocks(evidence):
    blocks = []
    for node in ast.walk(evidence.tree):
        if isinstance(node, ast.With) and astutil.with_calls(
                node, lambda c: astutil.last_part(c) == "GradientTape"):
            blocks.append(node)
    return blocks


def _loss_outside_tape(evidence):
    """(statement, name) for a gradient target computed outside every tape block."""
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
            return stmt, name
        for block in inside:
            for sub in ast.walk(block):
                if isinstance(sub, ast.Call) and astutil.last_part(sub) in NUMPY_CALLS and \
                        sub.lineno <= stmt.lineno:
                    return sub, name
    return None


def missing_gradient(evidence) -> Finding | None:
    message = evidence.message
    if not any(s in message for s in NONE_SYMPTOMS):
        return None
    rebinds = rebound_attributes(evidence)
    if rebinds:
        return _rebind_finding(evidence, *rebinds[0], severity="error")
    outside = _loss_outside_tape(evidence) if evidence.tree is not None else None
    if outside is not None:
        node, name = outside
        line = evidence.body_line_of(node)
        return Finding(
            kind="missing_gradient", severity="error", line=line,
            raise_line=evidence.raise_line, culprits=[name],
            summary=(f"'{name}' is computed at line {line} outside the GradientTape (or "
                     "through NumPy), so the tape recorded no path from it to the variables "
                     "and every gradient is None."),
            fix=("Compute the loss inside `with tf.GradientTape() as tape:` using TensorFlow "
                 "ops only (no `.numpy()`/NumPy in between)."),
            rule="gradients")
    ints = [r for r in evidence.all_records if r.dtype and r.dtype.startswith(("int", "uint"))
            and r.trainable]
    if ints and "No gradients provided" in message:
        record = ints[0]
        return Finding(
            kind="missing_gradient", severity="error", line=record.line,
            raise_line=evidence.raise_line, cell=None if evidence.in_this_cell(record.cell)
            else record.cell, culprits=[r.short_name for r in ints],
            summary=(f"'{record.short_name}' is an {record.dtype} variable; gradients only "
                     "flow to floating-point variables."),
            fix="Create the variable with a float dtype (e.g. `tf.Variable(0.0)`).",
            rule="gradients")
    calls = _gradient_calls(evidence)
    if "No gradients provided" in message and calls:
        line = evidence.body_line_of(calls[0])
        return Finding(
            kind="missing_gradient", severity="error", line=line,
            raise_line=evidence.raise_line, culprits=[],
            summary=("tape.gradient returned None for every variable: the loss does not depend "
                     "on them through recorded TensorFlow ops."),
            fix=("Make sure the forward pass that uses the variables runs inside the tape and "
                 "that the variables you differentiate are the ones the model uses."),
            rule="gradients")
    return None


def missing_gradient_warnings(evidence) -> list[Finding]:
    findings = [_rebind_finding(evidence, *item, severity="warning")
                for item in rebound_attributes(evidence)]
    if evidence.tree is None:
        return findings
    for node in astutil.module_level_nodes(evidence.tree):
        if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Call) or \
                astutil.last_part(node.value) != "gradient":
            continue
        for name in astutil.assigned_names(node):
            if name not in evidence.user_ns:
                continue
            value = evidence.user_ns[name]
            values = list(value) if isinstance(value, (list, tuple)) else [value]
            if values and any(v is None for v in values):
                missing = sum(v is None for v in values)
                line = evidence.body_line_of(node)
                findings.append(Finding(
                    kind="missing_gradient", severity="warning", line=line, culprits=[name],
                    summary=(f"tape.gradient at line {line} returned None for {missing} of "
                             f"{len(values)} source(s): those variables get no update."),
                    fix=("Check that the loss is computed inside the tape from those "
                         "variables, with TensorFlow ops, and that they are float variables."),
                    rule="gradients"))
    return findings
