"""untracked_weights: a layer stores its weights as plain tensors (or untracked variables).

Evidence: a Keras layer class defined in a cell whose ``build``/``__init__`` assigns
``self.attr = <call>`` that is not ``add_weight``/``Variable``, *and* a live instance whose
``attr`` really is a tensor while the layer owns no variables. The cause line is that
assignment; the consequence (no trainable variables, an empty ``apply_gradients``) shows later.
"""

from __future__ import annotations

import ast

from ..._tf import runtime
from ...report import Finding
from .. import provenance, astutil

WEIGHT_FACTORIES = {"add_weight", "add_variable"}  # tracked by construction; others checked live


def class_node(evidence, cls):
    """(ClassDef, filename) for a class defined in a notebook cell, else (None, None)."""
    for method_name in ("build", "__init__", "call"):
        code = getattr(getattr(cls, method_name, None), "__code__", None)
        if code is None or not evidence.registry.is_cell(code.co_filename):
            continue
        tree = evidence.tree_of(code.co_filename)
        if tree is None:
            continue
        for node in astutil.class_defs(tree):
            if node.name == cls.__name__ and astutil.contains(node, code.co_firstlineno):
                return node, code.co_filename
    return None, None


def untracked_layers(evidence) -> list[tuple[str, object, list[tuple[str, int]]]]:
    """(path, layer, [(attribute, cell label, body line)]) for layers holding tensors."""
    return evidence.memo("untracked_layers", lambda: _untracked_layers(evidence))


def has_untracked_layer(evidence) -> bool:
    return bool(untracked_layers(evidence))


def _untracked_layers(evidence):
    results = []
    seen_classes = set()
    for path, layer in evidence.user_layers():
        if type(layer) in seen_classes:
            continue
        cls_node, filename = class_node(evidence, type(layer))
        if cls_node is None:
            continue
        bad = []
        for method in cls_node.body:
            if not isinstance(method, ast.FunctionDef) or method.name not in ("build",
                                                                              "__init__"):
                continue
            for attr, stmt, value in astutil.self_attribute_assignments(method):
                if not isinstance(value, ast.Call):
                    continue
                if astutil.last_part(value) in WEIGHT_FACTORIES:
                    continue
                current = getattr(layer, attr, None)
                untracked_variable = runtime.is_variable(current) and \
                    not _tracked(layer, current)
                # A tensor drawn like initial weights (random, zeros, an initializer) is a
                # weight by intent; one made from data (``tf.constant(table)``, a positional
                # encoding, a mask) is a constant the layer keeps, whatever else it has.
                tensor_weight = runtime.is_tensor_not_variable(current) and \
                    _looks_like_init(method, value)
                if untracked_variable or tensor_weight:
                    bad.append((attr, *evidence.registry.body_line(filename, stmt.lineno)))
            for attr, stmt, value in _self_list_appends(method):
                items = _list_items(getattr(layer, attr, None))
                if any(runtime.is_variable(item) and not _tracked(layer, item)
                       for item in items):
                    bad.append((attr, *evidence.registry.body_line(filename, stmt.lineno)))
        if bad:
            seen_classes.add(type(layer))
            results.append((path, layer, bad))
    return results


INIT_WORDS = ("random", "normal", "uniform", "glorot", "he_", "lecun", "orthogonal",
              "truncated", "initializer", "zeros", "ones")


def _self_list_appends(method):
    """(attribute, statement, appended call) for ``self.<attr>.append(<call>)`` in a method."""
    for stmt in astutil.statements(method):
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                call.func.attr == "append" and len(call.args) == 1 and \
                isinstance(call.args[0], ast.Call):
            owner = call.func.value
            if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) and \
                    owner.value.id == "self":
                yield owner.attr, stmt, call.args[0]


def _list_items(value) -> list:
    """The items of a layer's list attribute — a builtin list, or the list Keras wraps it in
    (a Keras class) — and nothing for any other type (never iterated)."""
    kind = type(value)
    if kind is list or (kind.__module__.startswith("keras") and isinstance(value, list)):
        return list(value)
    return []


def _looks_like_init(method, value) -> bool:
    """A call that draws initial weights (``tf.random.normal``, ``w_init(...)`` where
    ``w_init = tf.random_normal_initializer()``), or that reshapes a variable made right
    there (``tf.expand_dims(tf.Variable(...))``), as opposed to a constant a layer keeps."""
    name = astutil.call_name(value).lower()
    if any(word in name for word in INIT_WORDS):
        return True
    if any(astutil.last_part(inner) in ("Variable", "add_weight")
           for inner in astutil.calls(value) if inner is not value):
        return True
    if isinstance(value.func, ast.Name):
        made = astutil.last_assignment_before(method, value.func.id, value.lineno)
        made_from = getattr(made, "value", None)
        return isinstance(made_from, ast.Call) and any(
            word in astutil.call_name(made_from).lower() for word in INIT_WORDS)
    return False


def _trainable_count(layer) -> int:
    try:
        return len(layer.trainable_weights)
    except Exception:  # noqa: BLE001
        return 0


def _tracked(layer, variable) -> bool:
    try:
        return any(v is variable or getattr(v, "value", None) is variable
                   or getattr(v, "_value", None) is variable for v in layer.weights)
    except Exception:  # noqa: BLE001
        return True


def _finding(evidence, path, layer, bad, severity) -> Finding:
    cls = type(layer).__name__
    attrs = ", ".join(f"self.{a}" for a, _, _ in bad)
    _, cell, line = bad[0]
    raw_variables = [a for a, _, _ in bad if runtime.is_variable(getattr(layer, a, None))
                     or any(runtime.is_variable(item)
                            for item in _list_items(getattr(layer, a, None)))]
    trainable = _trainable_count(layer)
    what = ("as raw tf.Variable objects that Keras 3 does not track" if raw_variables
            else "as plain tensors, not variables")
    # What the failure was about: training (the optimizer got nothing) or reading the
    # weights (``get_weights()[0]``); a warning speaks of training.
    optimizer = severity != "error" or "gradient" in (evidence.message or "").lower() or \
        evidence.mentions("gradient", ".fit(", ".train_on_batch(")
    return Finding(
        kind="untracked_weights", severity=severity, line=line,
        cell=None if evidence.in_this_cell(cell) else cell,
        raise_line=evidence.raise_line if severity == "error" else None,
        culprits=[cls] + [f"self.{a}" for a, _, _ in bad],
        summary=(f"{cls} stores {attrs} {what}, so they are not among the layer's "
                 f"{trainable} trainable weight(s): "
                 + ("the optimizer never updates them"
                    + (" and gets an empty list of (gradient, variable) pairs."
                       if not trainable else ".") if optimizer else
                    "its weight lists (`weights`, `get_weights()`, `trainable_variables`) "
                    "leave them out, so nothing trains or saves them.")),
        fix=(f"Create them with `self.{bad[0][0]} = self.add_weight(shape=..., "
             "initializer=..., trainable=True)` so Keras tracks, saves and trains them."),
        evidence=[provenance.fact(evidence, None if evidence.in_this_cell(cell) else cell,
                                  line, f"{cls} assigns self.{bad[0][0]}, which the live layer "
                                  "holds outside its tracked weights")],
        rule="weights")


def untracked_weights(evidence) -> Finding | None:
    """A layer whose weights are plain tensors (or raw variables Keras 3 does not track): the
    optimizer gets nothing to train.

    ``ValueError: No gradients provided for any variable.``
    """
    found = untracked_layers(evidence)
    if not found:
        return None
    return _finding(evidence, *found[0], severity="error")


def untracked_weights_warnings(evidence) -> list[Finding]:
    return [_finding(evidence, *item, severity="warning") for item in untracked_layers(evidence)]
