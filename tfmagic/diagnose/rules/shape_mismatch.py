"""shape_mismatch: op shape errors; name the operator and the operand shapes."""

from __future__ import annotations

import re

from ...report import Finding
from .. import phrases
from ..common import cause_or_raise, in_cell_label, input_built_at, parse_shape

PATTERNS = (
    re.compile(r"Incompatible shapes: (\[[^\]]*\]) vs\. (\[[^\]]*\])"),
    re.compile(r"Matrix size-incompatible: In\[0\]: (\[[^\]]*\]), In\[1\]: (\[[^\]]*\])"),
    re.compile(r"Dimensions must be equal, but are \d+ and \d+ for .*? with input shapes: "
               r"(\[[^\]]*\]), (\[[^\]]*\])"),
    re.compile(r"Shapes (\([^)]*\)) and (\([^)]*\)) are incompatible"),
    re.compile(r"Input to reshape is a tensor with (\d+) values, but the requested shape has "
               r"(\d+)"),
    re.compile(r"(In\[\d\] ndims must be >= \d+)()"),
)
KERAS_INPUT = (
    re.compile(r"Expected shape (\([^)]*\)), but input has incompatible shape (\([^)]*\))"),
    re.compile(r"expected axis -?\d+ of input shape to have value (\d+), but received input "
               r"with shape (\([^)]*\))"),
    re.compile(r"expected (?:min_)?ndim=(\d+), found ndim=\d+\. Full shape received: "
               r"(\([^)]*\))"),
)
LOSS_TARGET = re.compile(r"target\.shape=(\([^)]*\)), output\.shape=(\([^)]*\))")
LAYER = re.compile(r'(?:layer|calling) "?(\w+)"?(?:\.call\(\))?')
OP_NAMES = (re.compile(r"\[Op:(\w+)\]"), re.compile(r"\{\{node [\w/]+\}\} = (\w+)"),
            re.compile(r"for '\{\{node ([\w/]+)\}\}"))


def keras_input_mismatch(evidence) -> Finding | None:
    """A Keras layer/model called on data of the wrong shape: the cause is where that data was
    built (found by its shape among the raise line's arguments).

    ``ValueError: Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of
    input shape to have value 784, but received input with shape (32, 28, 28)``
    """
    message = evidence.message
    for pattern in KERAS_INPUT:
        match = pattern.search(message)
        if match:
            break
    else:
        return None
    expected, received = match.groups()
    layer = LAYER.search(message)
    line, name = input_built_at(evidence, parse_shape(received))
    culprits = [c for c in (layer.group(1) if layer else None, name, received) if c]
    return Finding(
        kind="shape_mismatch", severity="error",
        line=line if line is not None else evidence.raise_line,
        raise_line=evidence.raise_line, culprits=culprits,
        summary=(f"{name or 'The input'} has shape {received}"
                 + (f" (built at line {line})" if line is not None else "")
                 + f" but {layer.group(1) if layer else 'the model'} expects {expected}."),
        fix=("Reshape the data to what the first layer expects (e.g. flatten images with "
             "`x.reshape(len(x), -1)` or add a `Flatten`/`Reshape` layer), or change the "
             "model's input shape."),
        rule="shapes")


def loss_target_mismatch(evidence) -> Finding | None:
    """Labels whose shape does not match the model's output (e.g. integer labels with a
    categorical loss): the cause is where the labels were built.

    ``ValueError: Arguments `target` and `output` must have the same shape. Received:
    target.shape=(None, 1), output.shape=(None, 10)``
    """
    match = LOSS_TARGET.search(evidence.message)
    if not match:
        return None
    target, output = match.groups()
    line, name = input_built_at(evidence, parse_shape(target))
    return Finding(
        kind="shape_mismatch", severity="error",
        line=line if line is not None else evidence.raise_line,
        raise_line=evidence.raise_line, culprits=[c for c in (name, target, output) if c],
        summary=(f"The labels{f' ({name}, built at line {line})' if name else ''} have shape "
                 f"{target} but the model outputs {output}: the loss needs both to match."),
        fix=("For integer class labels use `sparse_categorical_crossentropy`; for "
             "`categorical_crossentropy` one-hot encode them (`tf.one_hot(labels, classes)`); "
             "or make the last layer's units match the labels."),
        rule="shapes")


def _variable_operand(evidence, shapes):
    """(ledger record, name) when exactly one operand of the failing call is a variable the
    notebook created, with one of the shapes in the message, and the other operand is fed
    data (a placeholder): the variable's creating line chose the shape that does not fit."""
    import ast

    stmt = evidence.statement_at(evidence.raise_line)
    if stmt is None or evidence.op is not None:
        return None
    wanted = {tuple(parse_shape(s)) for s in shapes if s}
    variables, placeholders = [], 0
    for node in ast.walk(stmt):
        if not isinstance(node, ast.Call):
            continue
        for arg in node.args[:2]:
            value = evidence.eval_node(arg) if not isinstance(arg, ast.Name) else \
                evidence.value(arg.id)
            op = getattr(value, "op", None)
            if getattr(op, "type", "") in ("Placeholder", "PlaceholderWithDefault"):
                placeholders += 1
                continue
            name = getattr(value, "name", "") if value is not None else ""
            records = evidence.records_named(name) if name and hasattr(value, "initializer") \
                else []
            if records and records[0].line is not None:
                shape = tuple(records[0].shape or ())
                if shape in wanted:
                    variables.append((records[0], getattr(arg, "id", name)))
    if len(variables) == 1 and placeholders == 1:
        return variables[0]
    return None


def shape_mismatch(evidence) -> Finding | None:
    """An op whose operand shapes do not fit: name the operator and the shapes.

    ``InvalidArgumentError: Matrix size-incompatible: In[0]: [4,3], In[1]: [4,2] [Op:MatMul]``
    """
    message = evidence.message
    for pattern in PATTERNS:
        match = pattern.search(message)
        if match:
            break
    else:
        return None
    op = getattr(evidence.op, "type", "")
    for op_pattern in OP_NAMES:
        found = op_pattern.search(message)
        if found and not op:
            op = found.group(1)
    line, cell = cause_or_raise(evidence)
    first, second = match.group(1), match.group(2)
    sized = _variable_operand(evidence, (first, second))
    if sized is not None:
        record, name = sized
        line, cell = record.line, record.cell
    if pattern.pattern.startswith("Input to reshape"):
        summary = (f"reshape got a tensor with {first} values but the requested shape holds "
                   f"{second}.")
        fix = "Make the target shape's product match the element count (use -1 for one axis)."
    elif not second:
        summary = f"{op or 'The op'} needs higher-rank operands: {first}."
        fix = "Give the operands the rank the op needs (e.g. matmul wants matrices: add an axis)."
    else:
        summary = f"{op or 'The op'} got operands of incompatible shapes {first} and {second}."
        fix = ("Make the inner dimensions agree (matmul: (a, k) x (k, b)) or the shapes "
               "broadcastable; print the operand shapes just before this line.")
    culprits = [c for c in (op, first, second) if c]
    if sized is not None:
        record, name = sized
        culprits = [name, record.short_name] + culprits
        summary += (f" {name} ('{record.short_name}') was created with shape "
                    f"{list(record.shape or ())} at {phrases.line_ref(line, cell, evidence)}; "
                    "the data fed into the other operand has a different size on that axis.")
    return Finding(kind="shape_mismatch", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix,
                   rule="shapes")
