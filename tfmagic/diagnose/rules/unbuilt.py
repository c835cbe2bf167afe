"""unbuilt_layer: a Keras layer/model whose weights do not exist yet is used as if they did.

Eager Keras creates weights on the first call. Reading ``model.trainable_variables`` (or
``weights``) before that gives an empty list, and loops over it silently do nothing. Evidence:
the AST reads such an attribute from a name, and the live object has no variables while it
holds unbuilt layers.
"""

from __future__ import annotations

import ast

from ...report import Finding
from .. import astutil
from .liveobjects import unbuilt_sublayers, variable_count

VARIABLE_LISTS = {"trainable_variables", "variables", "weights", "trainable_weights",
                  "non_trainable_variables", "non_trainable_weights", "get_weights",
                  "set_weights", "count_params"}
UNBUILT_MESSAGES = ("has not yet been built", "must build", "weights are not yet created",
                    "isn't built", "is not built", "has no variables", "not been built",
                    "was expecting 0 weights", "not yet been created", "not yet built",
                    "before it is built", "unbuilt")


def empty_variable_reads(evidence) -> list[tuple[int, str, object, list]]:
    """(body line, name, object, unbuilt layers) for reads of an empty variable list."""
    if evidence.tree is None:
        return []
    found, seen = [], set()
    for node in astutil.module_level_nodes(evidence.tree):
        if isinstance(node, ast.Attribute) and node.attr in VARIABLE_LISTS and \
                isinstance(node.value, ast.Name):
            name = node.value.id
            if name in seen:
                continue
            obj = evidence.user_ns.get(name)
            if obj is None or variable_count(obj) != 0:
                continue
            unbuilt = unbuilt_sublayers(obj)
            if unbuilt:
                seen.add(name)
                found.append((evidence.body_line_of(node), name, obj, unbuilt))
    return sorted(found, key=lambda item: item[0])


def unbuilt_receiver(evidence):
    """(name, object, unbuilt layers) for ``name.method(...)`` on the raise line when the
    object is a Keras layer/model that is not built."""
    if evidence.tree is None or evidence.raise_line is None:
        return None
    stmt = astutil.statement_at(evidence.tree, evidence.raise_line + evidence.offset)
    for node in ast.walk(stmt) if stmt is not None else ():
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            obj = evidence.user_ns.get(node.value.id)
            unbuilt = unbuilt_sublayers(obj) if obj is not None else []
            if unbuilt:
                return node.value.id, obj, unbuilt
    return None


def _finding(evidence, line, name, obj, unbuilt, severity) -> Finding:
    layer_names = [getattr(layer, "name", type(layer).__name__) for layer in unbuilt]
    return Finding(
        kind="unbuilt_layer", severity=severity, line=line,
        raise_line=evidence.raise_line if severity == "error" else None,
        culprits=[name] + layer_names[:5],
        summary=(f"{name} has never been called, so its layers ({', '.join(layer_names[:5])}) "
                 f"are not built and {name} has no weights yet at line {line}: "
                 + ("code that loops over its variable list does nothing." if severity ==
                    "warning" else "anything that needs its weights fails there.")),
        fix=(f"Build it first: call {name}(sample_inputs) once (or {name}.build(input_shape)) "
             "before reading or copying its variables."),
        rule="unbuilt")


def unbuilt_layer(evidence) -> Finding | None:
    reads = empty_variable_reads(evidence)
    message = evidence.message.lower()
    if any(text.lower() in message for text in UNBUILT_MESSAGES):
        if reads:
            return _finding(evidence, *reads[0], severity="error")
        used = unbuilt_receiver(evidence)
        if used is not None:
            return _finding(evidence, evidence.raise_line, *used, severity="error")
        return Finding(kind="unbuilt_layer", severity="error", line=evidence.raise_line,
                       raise_line=evidence.raise_line, culprits=[],
                       summary=("A layer or model is used before its weights exist (it has "
                                "not been built)."),
                       fix="Call the model on a batch (or .build(input_shape)) first.",
                       rule="unbuilt")
    if reads and evidence.error_type in ("ValueError", "IndexError", "TypeError"):
        return _finding(evidence, *reads[0], severity="error")
    return None


def unbuilt_layer_warnings(evidence) -> list[Finding]:
    return [_finding(evidence, *item, severity="warning") for item in
            empty_variable_reads(evidence)]
