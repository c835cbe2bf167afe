"""shape_mismatch: op shape errors; name the operator and the operand shapes."""

from __future__ import annotations

import ast
import re
import types

from ...report import Finding
from .. import astutil, general, liveobjects, origins, phrases, provenance, values
from . import data_pipeline
from ..common import (cause_or_raise, in_cell_label, input_built_at, parse_shape,
                      raise_statements)

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
    # A functional model's input check: "Input 0 with name 'input_layer' of layer
    # 'functional' is incompatible with the layer: expected shape=(None, 48, 48, 3), found
    # shape=(3, 64, 64, 3)".
    re.compile(r"is incompatible with the layer: expected shape=(\([^)]*\)), found "
               r"shape=(\([^)]*\))"),
)
LOSS_TARGET = re.compile(r"target\.shape=(\([^)]*\)), output\.shape=(\([^)]*\))")
LAYER = re.compile(r'(?:layer|calling) "?(\w+)"?(?:\.call\(\))?')
OP_NAMES = (re.compile(r"\[Op:(\w+)\]"), re.compile(r"\{\{node [\w/]+\}\} = (\w+)"),
            re.compile(r"for '\{\{node ([\w/]+)\}\}"))


def _keras_input_match(message: str):
    """(pattern, expected, received) of the first Keras input-check message that matches;
    the pattern says how to word ``expected`` (see ``_expected_text``)."""
    for pattern in KERAS_INPUT:
        match = pattern.search(message)
        if match:
            expected, received = match.groups()
            return pattern, expected, received
    return None


def keras_input_mismatch(evidence) -> Finding | None:
    """A Keras layer/model called on data of the wrong shape: the cause is where that data was
    built (found by its shape among the raise line's arguments).

    ``ValueError: Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of
    input shape to have value 784, but received input with shape (32, 28, 28)``
    """
    message = evidence.message
    matched = _keras_input_match(message)
    if matched is None:
        return None
    _, expected, received = matched
    layer = LAYER.search(message)
    unbatched = _unbatched_dataset(evidence, parse_shape(received))
    if unbatched is not None:
        return _unbatched_finding(evidence, unbatched, layer, expected, received)
    (line, cell), name, links = _input_origin(evidence, parse_shape(received))
    culprits = [c for c in (layer.group(1) if layer else None, name, received) if c]
    return Finding(
        kind="shape_mismatch", severity="error", cell=cell,
        line=line if line is not None else evidence.raise_line, evidence=links,
        raise_line=evidence.raise_line, culprits=culprits,
        summary=(f"{name or 'The input'} has shape {received}"
                 + (f" (built at {phrases.line_ref(line, cell, evidence)})" if line is not None
                    else "")
                 + f" but {layer.group(1) if layer else 'the model'} expects {expected}."),
        fix=("Reshape the data to what the first layer expects (e.g. flatten images with "
             "`x.reshape(len(x), -1)` or add a `Flatten`/`Reshape` layer), or change the "
             "model's input shape."),
        rule="shapes")


# Keras loops that cut labels and inputs into batches together.
KERAS_LOOPS = ("fit", "train_on_batch", "evaluate", "test_on_batch")


def _unbatched_dataset(evidence, received):
    """(name, Origin) when the ``x`` a Keras loop was given is a name bound to a
    tf.data.Dataset whose elements have exactly the shape the model refused and no batch axis
    (no leading None): the statement that last bound it made a pipeline without ``.batch``."""
    _, _, x_node, _ = _fit_call(evidence)
    if not isinstance(x_node, ast.Name):
        return None
    value = evidence.value(x_node.id)
    import tensorflow as tf

    if not isinstance(value, tf.data.Dataset) or _already_batched(value):
        return None
    first = tf.nest.flatten(value.element_spec)[0]
    shape = getattr(first, "shape", None)
    if shape is None or shape.rank is None or tuple(shape.as_list()) != tuple(received):
        return None
    made = provenance.assignment(evidence, x_node.id)
    if made is None or (made.cell is None and made.line == evidence.raise_line):
        return None
    return x_node.id, made


def _unbatched_finding(evidence, unbatched, layer, expected, received) -> Finding:
    name, made = unbatched
    where = made.where(evidence)
    target = layer.group(1) if layer else "the model"
    return Finding(
        kind="shape_mismatch", severity="error", line=made.line, cell=made.cell,
        raise_line=evidence.raise_line, culprits=[name, target, received],
        summary=(f"{name} yields single examples of shape {received}, with no batch axis: the "
                 f"dataset bound at {where} does not end in `.batch(...)`, and Keras takes each "
                 f"element of a dataset as one batch, while {target} expects {expected}."),
        fix=f"Batch the dataset where it is made ({where}): end the pipeline with `.batch(32)`.",
        evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                  f"{name} given to the model, elements {received}"),
                  provenance.fact(evidence, made.cell, made.line, f"{name} bound, unbatched")],
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
    rows, out_rows = parse_shape(target)[:1], parse_shape(output)[:1]
    if rows and out_rows and None not in rows + out_rows and rows != out_rows:
        # The batch axes differ. Keras's own loops (fit, evaluate...) cut the labels with the
        # inputs' batch, so the model's output has another number of rows: something inside
        # the model changed the batch axis, and the labels are not where that happened.
        # Either way it stays at the raise line.
        keras_loop = general.failing_call(evidence).rsplit(".", 1)[-1] in KERAS_LOOPS
        return Finding(
            kind="shape_mismatch", severity="error", line=evidence.raise_line,
            raise_line=evidence.raise_line, culprits=[target, output],
            summary=(f"The labels have shape {target} but the model outputs {output}: "
                     f"{out_rows[0]} rows for a batch of {rows[0]}"
                     + (", so a layer inside the model changed the batch axis." if keras_loop
                        else ".")),
            fix=("Find the layer whose output has more or fewer rows than its input (a "
                 "`reshape` with -1 in the batch position takes up whatever the other sizes "
                 "leave over) and give it sizes that keep the batch axis." if keras_loop else
                 "Give the loss labels and predictions of the same batch: compare where each "
                 "was cut or computed."),
            rule="shapes")
    written = _output_units_written(evidence, parse_shape(target), parse_shape(output))
    if written is not None:
        return written
    (line, cell), name, links = _input_origin(evidence, parse_shape(target))
    return Finding(
        kind="shape_mismatch", severity="error", evidence=links, cell=cell,
        line=line if line is not None else evidence.raise_line,
        raise_line=evidence.raise_line, culprits=[c for c in (name, target, output) if c],
        summary=("The labels"
                 + (f" ({name}, built at {phrases.line_ref(line, cell, evidence)})"
                    if name and line is not None else f" ({name})" if name else "")
                 + " have shape "
                 f"{target} but the model outputs {output}: the loss needs both to match."),
        fix=("For integer class labels use `sparse_categorical_crossentropy`; for "
             "`categorical_crossentropy` one-hot encode them (`tf.one_hot(labels, classes)`); "
             "or make the last layer's units match the labels."),
        rule="shapes")


def _output_units_written(evidence, target, output) -> Finding | None:
    """Labels and outputs of one rank that differ only in the last axis (classes), where the
    model's output layer got its size as a number written in its constructor (``Dense(5,
    ...)``): that number was not read from the data the labels were made from, so the
    constructor is where the class count went wrong."""
    if len(target) != len(output) or len(target) < 2 or \
            None in (target[-1], output[-1]) or target[-1] == output[-1] or target[-1] < 2 or \
            any(t != o for t, o in zip(target[:-1], output[:-1]) if None not in (t, o)):
        return None
    model_name, model, _, _ = _fit_call(evidence)
    layers = list(getattr(model, "layers", None) or []) if liveobjects.is_layer(model) else []
    last = layers[-1] if layers else None
    if last is None or getattr(last, "units", None) != output[-1]:
        return None
    made = origins.layer_constructor(evidence, last)
    size = origins.size_argument(made.node) if made is not None else None
    if not isinstance(size, ast.Constant) or size.value != output[-1]:
        return None
    where = made.where(evidence)
    return Finding(
        kind="shape_mismatch", severity="error", line=made.line, cell=made.cell,
        raise_line=evidence.raise_line,
        culprits=[c for c in (last.name, type(last).__name__, model_name, str(output[-1])) if c],
        summary=(f"The labels have {target[-1]} columns but {model_name or 'the model'}'s "
                 f"output layer {last.name} ({type(last).__name__}, {where}) has "
                 f"{output[-1]} units, a number written there: the loss needs one output per "
                 "label column."),
        fix=(f"Size {last.name} from the data (the number of classes the labels were made "
             f"with, e.g. `len(class_names)`) instead of {output[-1]}."),
        evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                  f"labels {tuple(target)} against outputs {tuple(output)}"),
                  provenance.fact(evidence, made.cell, made.line,
                                  f"{last.name} constructed with {output[-1]} units, a literal")],
        rule="shapes")


def _input_origin(evidence, shape):
    """((body line, cell), name, evidence) of the value of ``shape`` passed on the raise line,
    followed back (``provenance.made``) to the statement that made it; (None, name, []) when
    the chain does not get there (the line stays the raise line)."""
    line, name = input_built_at(evidence, shape)
    if name is None:
        return (None, None), None, []
    value = evidence.value(name)
    found = values.facts(value)
    if found is not None and found.kind == "symbolic tensor":
        # A Keras functional graph: the shape came out of the layers before, which a binding
        # does not show; the layer call that raised is where to look.
        return (None, None), name, []
    trail = provenance.made(evidence, name, keep=provenance.same_shape(value))
    if trail is None:
        return (None, None), name, []
    return (trail.origin.line, trail.origin.cell), name, trail.as_evidence(evidence)


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
    links = [provenance.fact(evidence, in_cell_label(evidence, cell), line,
                             f"the failing {op or 'op'} was created (its traceback)")]
    sized = _variable_operand(evidence, (first, second))
    if sized is not None:
        record, name = sized
        line, cell = record.line, record.cell
        links.append(provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                     f"{name} created with shape {list(record.shape or ())} "
                                     "(ledger)"))
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
                   culprits=culprits, summary=summary, fix=fix, evidence=links,
                   rule="shapes")


# ---------------------------------------------------------------- images decoded in a pipeline
CHANNEL_DEPTH = (r"Depth of input must be a multiple of depth of filter: (\d+) vs (\d+)",
                 r"expected axis -1 of input shape to have value (\d+), but received input "
                 r"with shape \([^)]*?(\d+)\)")
DECODERS = ("decode_png", "decode_jpeg", "decode_image", "decode_bmp", "decode_gif")


def decoded_channels_not_fixed(evidence) -> Finding | None:
    """Images decoded inside a dataset's ``map`` without ``channels=`` keep the channel count
    of each file (an RGBA PNG gives 4, a grayscale one 1), while the model's first layer was
    built for another: the cause is that one decode call.

    Evidence: the failing statement reads a dataset; the one decode call of the functions its
    ``map`` stages run passes no ``channels``; TensorFlow's message names a channel count other
    than the model's.

    ``InvalidArgumentError: Depth of input must be a multiple of depth of filter: 4 vs 3``
    """
    match = next((m for m in (re.search(p, evidence.message) for p in CHANNEL_DEPTH) if m), None)
    found = data_pipeline.dataset_chain(evidence) if match else None
    if found is None:
        return None
    name, trail = found
    decodes = data_pipeline.calls_in_mapped_functions(
        evidence, trail, lambda c: astutil.last_part(c) in DECODERS
        and astutil.keyword(c, "channels") is None and len(c.args) < 2)
    if len({(d[0], d[1]) for d in decodes}) != 1:
        return None
    cell, line, call = decodes[0]
    decoder = astutil.last_part(call)
    where = phrases.line_ref(line, cell, evidence)
    got, wanted = match.group(1), match.group(2)
    if CHANNEL_DEPTH[1] in match.re.pattern:
        got, wanted = wanted, got
    return Finding(
        kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(cell) else cell,
        culprits=[decoder, "channels", name],
        summary=(f"`{decoder}` at {where}, in the function that the map of {name} runs, is "
                 "given no `channels`, so each image keeps the channel count of its file: "
                 f"{phrases.plural(int(got), 'channel')} here, where the model expects "
                 f"{wanted} ({evidence.parsed.sentence})."),
        fix=(f"Pass `channels={wanted}` to `{decoder}` at {where}, so every image is decoded "
             f"with {wanted} channels whatever its file holds."),
        evidence=trail.as_evidence(evidence) + [provenance.fact(
            evidence, None if evidence.in_this_cell(cell) else cell, line,
            f"`{decoder}` without channels, in the mapped function")],
        rule="shapes")


# ---------------------------------------------------------------- labels vs loss and output
LABEL_OUT_OF_RANGE = re.compile(r"Received a label value of (-?\d+) which is outside the valid "
                                r"range of \[0, (\d+)\)")


def _fit_call(evidence):
    """(model name, model, x node, y node) of a ``model.fit``/``train_on_batch``/``evaluate``
    call on the failing statements; Nones when there is none."""
    for method in KERAS_LOOPS + ("predict",):
        call, receiver = origins.call_arguments(evidence, method)
        if call is not None:
            return (receiver, evidence.value(receiver) if receiver else None,
                    origins.argument(call, 0, "x"), origins.argument(call, 1, "y"))
    return None, None, None, None


def _array(value):
    """A NumPy view of an array or eager tensor, or None."""
    import numpy as np

    if value is None or isinstance(value, (str, bytes, int, float)):
        return None
    try:
        if hasattr(value, "numpy") and callable(value.numpy):
            value = value.numpy()
        return value if isinstance(value, np.ndarray) else None
    except Exception:  # noqa: BLE001 - symbolic tensors have no value
        return None


def _label_arrays(evidence, y_node):
    """(name, array) for the labels: the ``y`` of a fit call, a ``labels=`` argument, then any
    integer array the failing statements read."""
    import numpy as np

    names = origins.names_in(y_node) if y_node is not None else []
    for stmt in raise_statements(evidence):
        for call in astutil.calls(stmt):
            labels = astutil.keyword(call, "labels") or astutil.keyword(call, "y_true")
            if labels is not None:
                names += origins.names_in(labels)
        names += origins.names_in(stmt)
    found = []
    for name in dict.fromkeys(names):
        array = _array(evidence.value(name))
        if array is not None and np.issubdtype(array.dtype, np.number):
            found.append((name, array))
    return found


def _output_layer(evidence, model, units: int):
    """The layer whose ``units`` is the class count: the model's last layer, else a layer in
    the namespace with that many units."""
    layers = list(getattr(model, "layers", None) or []) if model is not None else []
    for layer in reversed(layers):
        if getattr(layer, "units", None) is not None:
            return layer if layer.units == units else None
    candidates = [layer for _, layer in evidence.user_layers()
                  if getattr(layer, "units", None) == units]
    return candidates[-1] if candidates else None


def labels_out_of_range(evidence) -> Finding | None:
    """A sparse loss got a class id outside ``[0, classes)``: labels that start at 1, or an
    output layer with fewer units than classes (named with the line its size was set).

    ``InvalidArgumentError: Received a label value of 5 which is outside the valid range of
    [0, 5).  Label values: 5 2 4 1 ...``
    """
    match = LABEL_OUT_OF_RANGE.search(evidence.message)
    if not match:
        return None
    bad, classes = int(match.group(1)), int(match.group(2))
    _, model, _, y_node = _fit_call(evidence)
    labels = [(n, a) for n, a in _label_arrays(evidence, y_node) if a.size and
              (a == bad).any()]
    layer = _output_layer(evidence, model, classes)
    name, array = labels[0] if labels else (None, None)
    low = int(array.min()) if array is not None else None
    high = int(array.max()) if array is not None else None
    layer_made = origins.layer_constructor(evidence, layer) if layer is not None else None
    layer_text = (f"{layer.name} ({type(layer).__name__} with {classes} "
                  f"unit{'s' if classes != 1 else ''}"
                  + (f", {layer_made.where(evidence)}" if layer_made else "") + ")"
                  if layer is not None else f"the output ({classes} classes)")
    if array is not None and low >= 1 and high == classes:
        # Class ids counted from 1: the labels are off by one, the layer is right.
        trail = provenance.made(evidence, name)
        made = trail.origin if trail else None
        line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
        return Finding(
            kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
            evidence=trail.as_evidence(evidence) if trail else [],
            cell=cell, culprits=[c for c in (name, layer.name if layer else None) if c],
            summary=(f"The labels {name}"
                     + (f" (made at {made.where(evidence)})" if made else "")
                     + f" run from {low} to {high}, but {layer_text} gives the sparse loss class "
                     f"ids 0..{classes - 1}: the label {bad} is outside [0, {classes})."),
            fix=(f"Count classes from 0: train on `{name} - {low}` (and add {low} back to "
                 f"predictions), or give the output layer {high + 1} units."),
            rule="labels")
    if layer is None:
        return None
    size_name, size_made = None, None
    if layer_made is not None:
        size_node = origins.size_argument(layer_made.node)
        if isinstance(size_node, ast.Name):
            size_name = size_node.id
            size_made = provenance.assignment(evidence, size_name)
    cause = size_made or layer_made
    line, cell = (cause.line, cause.cell) if cause else (evidence.raise_line, None)
    links = ([provenance.fact(evidence, layer_made.cell, layer_made.line,
                              f"{layer.name} constructed with {classes} units")]
             if layer_made else []) + ([provenance.fact(
                 evidence, size_made.cell, size_made.line, f"{size_name} = {classes}")]
                 if size_made else [])
    needed = (high + 1) if high is not None else bad + 1
    sizes = (f" ({size_name} = {classes}, set at {size_made.where(evidence)})"
             if size_made else "")
    seen = f"the labels{f' ({name})' if name else ''} reach {high if high is not None else bad}"
    return Finding(
        kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (size_name, layer.name, name) if c],
        summary=(f"The output layer {layer_text} has fewer units than classes{sizes}: {seen}, "
                 f"so the sparse loss rejects the label {bad} (valid ids 0..{classes - 1})."),
        fix=(f"Give the output layer one unit per class: {needed}"
             + (f" (`{size_name} = {name}.max() + 1` or the number of distinct labels)"
                if size_name and name else "")
             + (". For two classes with one unit use `sigmoid` and `binary_crossentropy`."
                if classes == 1 else ".")),
        evidence=links, rule="labels")


def _loss_name(model) -> str:
    loss = getattr(model, "loss", None)
    if isinstance(loss, str):
        return loss
    return getattr(loss, "__name__", None) or getattr(loss, "name", None) or \
        (type(loss).__name__ if loss is not None else "")


def _loss_named_at(evidence, model_name: str, model) -> tuple | None:
    """(body line, cell, "at line N …") where the cells' code named ``model``'s loss: the
    ``loss=`` of the newest ``<model_name>.compile(...)`` that ran, or, for ``loss=cfg["loss"]``,
    the entry of the dict literal ``cfg`` was bound to. Verified: the named loss (a string, or
    the class a loss object was made from) is the model's loss now; else None."""
    loss = getattr(model, "loss", None)
    if loss is None:
        return None
    function = loss.__name__ if type(loss) is types.FunctionType else None

    def names_it(node) -> bool:
        if isinstance(node, ast.Constant):          # loss="categorical_crossentropy"
            return isinstance(loss, str) and node.value == loss
        if isinstance(node, ast.Call):              # loss=keras.losses.CategoricalCrossentropy()
            return astutil.last_part(node.func) == type(loss).__name__
        if isinstance(node, (ast.Name, ast.Attribute)):   # loss=keras.losses.categorical_crossentropy
            return function is not None and astutil.last_part(node) == function
        return False

    for label, _, offset, tree in origins.cells_newest_first(evidence):
        compiles = [c for c in astutil.calls(tree)
                    if isinstance(c.func, ast.Attribute) and c.func.attr == "compile"
                    and isinstance(c.func.value, ast.Name) and c.func.value.id == model_name
                    and astutil.keyword(c, "loss") is not None
                    and (label is not None or c.lineno - offset < (evidence.raise_line or 0))]
        if not compiles:
            continue
        value = astutil.keyword(max(compiles, key=lambda c: c.lineno), "loss")
        if names_it(value):
            line = value.lineno - offset
            return line, label, phrases.at_line(line, label, evidence).strip()
        if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name):
            return _dict_entry(evidence, value.value.id, astutil.constant(value.slice),
                               names_it)
        return None
    return None


def _dict_entry(evidence, name: str, key, names_it) -> tuple | None:
    """Where the dict literal last bound to ``name`` at cell level gives ``key`` a value that
    ``names_it`` accepts."""
    if not isinstance(key, str):
        return None
    made = provenance.assignment(evidence, name)
    node = getattr(made, "node", None) if made is not None else None
    value = getattr(node, "value", None)
    if not isinstance(value, ast.Dict):
        return None
    for k, v in zip(value.keys, value.values):
        if astutil.constant(k) == key and names_it(v):
            line = made.line + (v.lineno - node.lineno)
            return line, made.cell, (f"in {name}[{key!r}] "
                                     f"{phrases.at_line(line, made.cell, evidence).strip()}")
    return None


def _first_dense_on_feature_map(model):
    """The first layer with ``units`` whose input has rank > 2 (a Dense applied to a feature
    map, so it keeps the spatial axes), with that rank."""
    for layer in getattr(model, "layers", None) or []:
        # A recurrent layer has units too, but takes a sequence by design.
        if getattr(layer, "units", None) is None or hasattr(layer, "return_sequences"):
            continue
        try:
            rank = len(layer.input.shape)
        except Exception:  # noqa: BLE001 - a layer not yet called has no input
            continue
        if rank > 2:
            return layer, tuple(layer.input.shape)
    return None, None


# Layers that keep their input's rank and axes: looking through them finds what made a Dense's
# input.
_RANK_KEEPING = frozenset({"Dropout", "SpatialDropout1D", "GaussianNoise", "GaussianDropout",
                           "Activation", "LayerNormalization", "BatchNormalization"})


def _sequence_source(model, dense):
    """The recurrent layer (``return_sequences=True``) right before ``dense`` in the model's
    layer list, through layers that keep the rank; None when another layer comes first."""
    layers = list(getattr(model, "layers", None) or [])
    if dense not in layers:
        return None
    for layer in reversed(layers[:layers.index(dense)]):
        if type(layer).__name__ in _RANK_KEEPING:
            continue
        return layer if getattr(layer, "return_sequences", False) is True else None
    return None


def _returns_sequences(evidence, match, recurrent, dense, model_name) -> Finding:
    """A recurrent layer that returns every time step feeds a Dense, whose output keeps the
    time axis the labels do not have: the cause is that layer's ``return_sequences=True``."""
    made = origins.layer_constructor(evidence, recurrent)
    line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
    where = f" ({made.where(evidence)})" if made else ""
    return Finding(
        kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[recurrent.name, "return_sequences", dense.name, model_name or ""],
        summary=(f"{recurrent.name}{where} returns every time step (return_sequences=True), so "
                 f"{dense.name} acts on each step and the model outputs {match.group(2)}, one "
                 f"axis more than the labels {match.group(1)}, which have one target per "
                 "sequence."),
        fix=(f"Set `return_sequences=False` on {recurrent.name} (the last recurrent layer), or "
             "pool over time before the Dense (`GlobalAveragePooling1D()`)."),
        evidence=[provenance.fact(evidence, made.cell, made.line,
                                  f"{recurrent.name} constructed with return_sequences=True")]
        if made else [],
        rule="labels")


def _one_hot(array) -> bool:
    """Rows of 0s and 1s with exactly one 1 each."""
    import numpy as np

    if array.ndim < 2 or array.size == 0 or array.size > 10_000_000:
        return False
    return bool(np.isin(array, (0, 1)).all() and (array.sum(axis=-1) == 1).all())


SPARSE_LABEL_RANK = re.compile(
    r"`labels\.shape\.rank` must equal `logits\.shape\.rank - 1`\. Received: "
    r"labels\.shape=(\([^)]*\)) of rank \d+ and logits\.shape=(\([^)]*\))")


def sparse_labels_with_extra_axis(evidence) -> Finding | None:
    """Integer labels for a sparse cross-entropy kept as a column (``(64, 1)`` for logits
    ``(64, 4)``): the op wants one id per row, rank one below the logits, so the labels are the
    side its contract refuses — followed back to the statement that gave them that shape.

    ``ValueError: `labels.shape.rank` must equal `logits.shape.rank - 1`. Received:
    labels.shape=(64, 1) of rank 2 and logits.shape=(64, 4) of rank 2``
    """
    match = SPARSE_LABEL_RANK.search(evidence.message)
    if not match:
        return None
    labels, logits = parse_shape(match.group(1)), parse_shape(match.group(2))
    if len(labels) != len(logits) or not labels or labels[-1] != 1:
        return None
    for stmt in raise_statements(evidence):
        for call in astutil.calls(stmt):
            given = astutil.keyword(call, "labels")
            if not isinstance(given, ast.Name):
                continue
            array = evidence.value(given.id)
            trail = provenance.made(evidence, given.id, keep=provenance.same_shape(array))
            if trail is None:
                return None
            origin = trail.origin
            return Finding(
                kind="shape_mismatch", severity="error", line=origin.line, cell=origin.cell,
                raise_line=evidence.raise_line, culprits=[given.id, "labels"],
                summary=(f"`{given.id}` has shape {match.group(1)} (made at "
                         f"{origin.where(evidence)}): a sparse cross-entropy takes one class "
                         f"id per row, shape {tuple(labels[:-1])} for logits "
                         f"{match.group(2)}, so the trailing axis of size 1 is one too many."),
                fix=(f"Make `{given.id}` one-dimensional where it is made (e.g. `size=(n,)`, "
                     f"or `{given.id}[:, 0]` / `np.squeeze({given.id}, -1)`)."),
                evidence=trail.as_evidence(evidence), rule="labels")
    return None


def labels_vs_output(evidence) -> Finding | None:
    """The loss got labels and outputs of different ranks: a Dense on a 4-D feature map
    without Flatten (the output keeps spatial axes), integer labels with a categorical loss,
    or one-hot labels with a sparse loss — each pointing at the line that set it up.

    ``ValueError: Arguments `target` and `output` must have the same rank (ndim). Received:
    target.shape=(8, 10), output.shape=(8, 18, 18, 10)``
    """
    match = LOSS_TARGET.search(evidence.message)
    if not match:
        return None
    target, output = (parse_shape(g) for g in match.groups())
    model_name, model, _, y_node = _fit_call(evidence)
    if model is None:
        return None
    loss = _loss_name(model)
    if len(output) > 2 and len(target) < len(output):
        layer, input_shape = _first_dense_on_feature_map(model)
        if layer is None:
            return None
        sequences = _sequence_source(model, layer) if len(input_shape) == 3 else None
        if sequences is not None:
            return _returns_sequences(evidence, match, sequences, layer, model_name)
        made = origins.layer_constructor(evidence, layer)
        line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
        return Finding(
            kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
            cell=cell, culprits=[layer.name, type(layer).__name__, model_name or ""],
            summary=(f"{layer.name} ({type(layer).__name__}"
                     + (f", {made.where(evidence)}" if made else "")
                     + f") gets a {len(input_shape)}-D feature map {input_shape} with no Flatten "
                     f"before it; it acts on the last axis only, so the model outputs "
                     f"{match.group(2)} while the labels are {match.group(1)}."),
            fix=("Insert `keras.layers.Flatten()` (or `GlobalAveragePooling2D()`) before "
                 f"{layer.name}."),
            evidence=[provenance.fact(evidence, made.cell, made.line,
                                      f"{layer.name} constructed; its input is "
                                      f"{len(input_shape)}-D")] if made else [],
            rule="labels")
    labels = [(n, a) for n, a in _label_arrays(evidence, y_node)] if y_node is not None else []
    labels = [(n, a) for n, a in labels if a.ndim == len(target)
              and tuple(a.shape[1:]) == tuple(d for d in target[1:])] or labels[:1]
    if not labels:
        return None
    name, array = labels[0]
    trail = provenance.made(evidence, name, keep=provenance.same_shape(array))
    made = trail.origin if trail else None
    line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
    where = f", made at {made.where(evidence)}" if made else ""
    sparse = "sparse" in loss.lower() or "target.ndim - 1" in evidence.message
    if sparse and len(target) == len(output):
        if not _one_hot(array):
            return None
        summary = (f"{name} holds one-hot rows (shape {array.shape}{where}) but the loss "
                   f"{loss or 'is sparse and'} wants integer class ids of shape (batch,).")
        fix = (f"Train on the integer ids (e.g. `{name}.argmax(axis=-1)`), or compile with "
               "`categorical_crossentropy`.")
    elif len(target) + 1 == len(output) and not sparse:
        # (A sparse loss takes integer ids of rank one below the output: the ranks fit, so
        # the labels' format is not what failed.)
        summary = (f"{name} holds integer class ids (shape {array.shape}{where}) but the loss "
                   f"{loss or ''} wants one-hot targets shaped like the output "
                   f"{match.group(2)}.")
        fix = (f"Use `sparse_categorical_crossentropy`, or one-hot encode the labels: "
               f"`keras.utils.to_categorical({name}, {output[-1]})`.")
        # Integer class ids are the data as it is; what asks for one-hot rows is the loss, so
        # the cause is where the model's loss was named — when the cells' code shows it (the
        # compile call on this model, or the dict entry it read), verified against the
        # model's own loss. Otherwise it stays at the raise line (on the blind batches the
        # move to the labels was wrong where the loss was the slip).
        named = _loss_named_at(evidence, model_name, model) if model_name else None
        line, cell, trail = evidence.raise_line, None, None
        if named is not None:
            line, cell = named[:2]
            summary += f" The loss was named {named[2]}."
    else:
        return None
    links = trail.as_evidence(evidence) if trail else \
        [provenance.fact(evidence, cell, line, f"{model_name}'s loss named")] \
        if line != evidence.raise_line or cell is not None else []
    return Finding(kind="shape_mismatch", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=cell,
                   culprits=[c for c in (name, loss, model_name) if c],
                   summary=summary, fix=fix, rule="labels", evidence=links)


# ---------------------------------------------------------------- input data vs the model
def _already_batched(value) -> bool:
    """A tf.data.Dataset whose elements already have a batch axis (a leading None)."""
    spec = getattr(value, "element_spec", None)
    if spec is None:
        return False
    import tensorflow as tf

    first = tf.nest.flatten(spec)[0] if spec is not None else None
    shape = getattr(first, "shape", None)
    try:
        return shape is not None and len(shape) >= 1 and shape[0] is None
    except TypeError:
        return False


def keras_input_data(evidence) -> Finding | None:
    """Data of the wrong rank for the model: the cause is where the data was made — an array
    without a channel axis, or a dataset batched when it was prepared and batched again.

    ``ValueError: Input 0 with name 'None' of layer 'conv2d' is incompatible with the layer:
    expected min_ndim=4, found ndim=3. Full shape received: (32, 28, 28)``
    """
    message = evidence.message
    matched = _keras_input_match(message)
    if matched is None:
        return None
    pattern, expected, received = matched
    received_shape = parse_shape(received)
    layer = re.search(r"""(?:of layer|calling) ['"]?(\w+)""", message)
    layer_name = layer.group(1) if layer else "the model"
    model_name, _, x_node, _ = _fit_call(evidence)
    if x_node is None:
        # A direct call (``model(x)``): the data is among the failing statements' values.
        statements = raise_statements(evidence)
        if not statements:
            return None
        x_node = statements[0]
    # A dataset batched twice: ``ds.batch(n)`` on a dataset whose elements are batches.
    for call in astutil.calls(x_node):
        if astutil.last_part(call) == "batch" and isinstance(call.func, ast.Attribute) and \
                isinstance(call.func.value, ast.Name):
            source = call.func.value.id
            if _already_batched(evidence.value(source)):
                trail = provenance.made(evidence, source)
                made = trail.origin if trail else None
                line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
                return Finding(
                    kind="shape_mismatch", severity="error", line=line,
                    raise_line=evidence.raise_line, cell=cell,
                    culprits=[source, "batch", layer_name],
                    summary=(f"{source} is already batched"
                             + (f" (at {made.where(evidence)})" if made else "")
                             + " and is batched again at "
                             + f"{phrases.line_ref(evidence.raise_line, None, evidence)}, so each "
                             f"element is {received} — one axis more than the {expected} "
                             f"{layer_name} expects."),
                    fix=f"Batch the dataset once: pass {source} itself (drop the second `.batch`).",
                    evidence=trail.as_evidence(evidence) if trail else [],
                    rule="shapes")
    for name in origins.names_in(x_node):
        array = _array(evidence.value(name))
        if array is None or tuple(array.shape[1:]) != tuple(received_shape[1:]):
            continue
        trail = provenance.made(evidence, name, keep=provenance.same_shape(array))
        if trail is None:
            continue
        made = trail.origin
        rank_text = ""
        expected_rank = re.search(r"ndim=(\d+)", message)
        if expected_rank and int(expected_rank.group(1)) == array.ndim + 1:
            rank_text = (" — one axis short: images need a channel axis "
                         "(batch, height, width, channels)" if array.ndim == 3 else
                         " — one axis short")
        # Only a batch of samples one trailing axis short moves the cause to where the array
        # was made (the axis is added there). A feature count or axis order the model does not
        # take is a judgment between the data and the model's input (measured on the blind
        # batches: the move to the array's origin was wrong 4 times of 5), and a single sample
        # without a batch axis is fixed at the call itself: both stay at the raise line.
        moves = bool(rank_text) and array.ndim >= 2
        # Same rank, other sizes (a single sample without its batch axis is fixed at the call).
        same_rank = expected.startswith("(") and \
            len(parse_shape(expected)) == len(received_shape) == array.ndim
        trained = _trained_earlier(evidence, model_name) if not moves and same_rank else None
        if trained is not None and (origins.cell_order(evidence, made.cell),
                                    made.line) > (origins.cell_order(evidence, trained[0]),
                                                  trained[1]):
            # The model was trained by an earlier cell's fit on data of the shape it takes:
            # the data handed to it now is what differs from that.
            moves = True
            rank_text = (f"; it was trained at {phrases.line_ref(trained[1], trained[0], evidence)}"
                         " on data of the shape it takes")
        line, cell = (made.line, made.cell) if moves else (evidence.raise_line, None)
        return Finding(
            kind="shape_mismatch", severity="error", line=line,
            raise_line=evidence.raise_line, cell=cell,
            culprits=[name, layer_name, received],
            summary=(f"{name} has shape {tuple(array.shape)} (made at {made.where(evidence)}) "
                     f"but {layer_name} expects {_expected_text(pattern, expected)}"
                     f"{rank_text}."),
            fix=(f"Add the missing axis where {name} is made (`{name}[..., np.newaxis]` or "
                 "`reshape(-1, ..., 1)`)" if rank_text else
                 f"Reshape {name} where it is made to what the first layer expects")
            + ", or change the model's input shape.",
            evidence=trail.as_evidence(evidence) if moves else [], rule="shapes")
    return None


def _trained_earlier(evidence, model_name: str | None):
    """(cell, body line) of ``<model_name>.fit(...)`` in an earlier cell (one that ran to its
    end before this one, as cells before a failing cell do), when the failing call is not a
    fit itself; None otherwise."""
    if not model_name:
        return None
    call, _ = origins.call_arguments(evidence, "fit")
    if call is not None:
        return None
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        if label is None:
            continue
        for node in astutil.calls(tree):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "fit" and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id == model_name:
                return label, node.lineno - offset
    return None


def _expected_text(pattern, expected: str) -> str:
    """What the layer expects, in the words of the message that matched."""
    if "axis" in pattern.pattern:
        return f"{expected} values on its last axis"
    if "ndim" in pattern.pattern:
        return f"ndim={expected}"
    return f"shape {expected}"


# ---------------------------------------------------------------- concatenation
KERAS_CONCAT = re.compile(r"A `Concatenate` layer requires inputs with matching shapes except "
                          r"for the concatenation axis\. Received: input_shape=\[(.*)\]")
CONCAT_OP = re.compile(r"ConcatOp : Dimension (\d+) in both shapes must be equal: "
                       r"shape\[(\d+)\] = (\[[^\]]*\]) vs\. shape\[(\d+)\] = (\[[^\]]*\])")


def concatenate_axis(evidence) -> Finding | None:
    """``Concatenate`` on an axis that leaves another axis unequal: name the axes that differ
    (when only one does, it is the axis to join on).

    ``ValueError: A `Concatenate` layer requires inputs with matching shapes except for the
    concatenation axis. Received: input_shape=[(None, 32, 32, 16), (None, 32, 32, 32)]``
    """
    match = KERAS_CONCAT.search(evidence.message)
    if not match:
        return None
    shapes = [parse_shape(s) for s in re.findall(r"\([^)]*\)", match.group(1))]
    if len(shapes) >= 2 and len({len(s) for s in shapes}) > 1:
        return _concatenated_ranks_differ(evidence, shapes)
    if len(shapes) < 2:
        return None
    rank = len(shapes[0])
    differ = [i for i in range(rank) if len({s[i] for s in shapes}) > 1]
    layer = evidence.frame_local("self", lambda v: type(v).__name__ == "Concatenate")
    axis = getattr(layer, "axis", None)
    made = origins.layer_constructor(evidence, layer, size=None) if layer is not None else None
    line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
    axis_text = f"axis={axis}" if axis is not None else "its axis"
    normal = {((a % rank) if isinstance(a, int) else a) for a in [axis]}
    others = [i for i in differ if i not in normal]
    links = [provenance.fact(evidence, cell, line, f"the Concatenate layer constructed "
                             f"with {axis_text}")] if made else []
    setting = _axis_setting(evidence, made, axis) if made else None
    if len(differ) == 1:
        hint = (" It is the only axis on which they differ"
                + (" (-1, the channels)" if differ[0] == rank - 1 else "")
                + ", so it is the one to join on.")
        fix = f"Concatenate on axis {differ[0] - rank if differ[0] == rank - 1 else differ[0]}."
        if setting is not None:
            # The axis is a name whose value was written as a literal: that line set it.
            name, origin = setting
            hint += f" The axis is `{name}`, set to {axis} at {origin.where(evidence)}."
            fix = (f"Set `{name}` ({origin.where(evidence)}) to "
                   f"{differ[0] - rank if differ[0] == rank - 1 else differ[0]}.")
            line, cell = origin.line, origin.cell
            links.append(provenance.fact(evidence, cell, line, f"{name} = {axis}"))
    else:
        hint = f" They differ on axes {differ}; only the joined axis may differ."
        fix = "Make the other axes agree (resize, pool or reshape a branch) before joining."
    return Finding(
        kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        evidence=links, cell=cell,
        culprits=[c for c in (getattr(layer, "name", None), "Concatenate",
                              setting[0] if setting else None) if c],
        summary=(f"Concatenate({axis_text}) joins {', '.join(map(str, shapes))}, which also differ "
                 f"on axis {others[0] if others else differ[0]}.{hint}"),
        fix=fix, rule="shapes")


def _concatenated_ranks_differ(evidence, shapes) -> Finding | None:
    """Concatenate given inputs of different ranks, one of them of more axes than all the
    others (a feature map joined with vectors): the cause is where that operand was made —
    it is what a Flatten or a global pooling belongs after. Found as the one name of the
    raising statement whose value has that shape."""
    ranks = sorted(len(s) for s in shapes)
    if ranks[-1] == ranks[-2]:
        return None
    wide = max(shapes, key=len)
    found = []
    for stmt in raise_statements(evidence):
        for name in origins.names_in(stmt):
            facts = values.facts(evidence.value(name))
            if facts is not None and facts.shape is not None and \
                    tuple(facts.shape) == tuple(wide) and name not in found:
                found.append(name)
    made = provenance.assignment(evidence, found[0]) if len(found) == 1 else None
    if made is None:
        return None
    where = made.where(evidence)
    return Finding(
        kind="shape_mismatch", severity="error", line=made.line, cell=made.cell,
        raise_line=evidence.raise_line, culprits=[found[0], "Concatenate"],
        summary=(f"Concatenate joins {', '.join(map(str, shapes))}: inputs of different ranks. "
                 f"`{found[0]}` has {len(wide)} axes {tuple(wide)} (made at {where}) where the "
                 f"others have {ranks[0]}; only tensors of one rank can be joined."),
        fix=(f"Flatten or pool `{found[0]}` where it is made ({where}): e.g. "
             "`layers.GlobalAveragePooling2D()` or `layers.Flatten()` after it, then join."),
        evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                  f"`{found[0]}` joined, shape {tuple(wide)}"),
                  provenance.fact(evidence, made.cell, made.line, f"`{found[0]}` made")],
        rule="shapes")


def _axis_setting(evidence, made, axis):
    """(name, Origin) when the constructor call at ``made`` passes ``axis=<name>``, that name
    still holds the layer's ``axis``, and it was last bound to an int literal at cell level
    (``CONCAT_AXIS = 1``)."""
    for call in astutil.calls(made.node) if made.node is not None else ():
        given = astutil.keyword(call, "axis")
        if isinstance(given, ast.Name) and type(axis) is int and \
                origins.int_value(evidence, given) == axis:
            origin = provenance.assignment(evidence, given.id)
            value = getattr(origin.node, "value", None) if origin is not None else None
            if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub):
                value = value.operand
            if isinstance(value, ast.Constant) and type(value.value) is int:
                return given.id, origin
    return None


def concat_operands(evidence) -> Finding | None:
    """``tf.concat`` of tensors that differ on an axis other than the joined one: the cause is
    where the odd operand was made (rows filtered by a mask, a slice...).

    ``InvalidArgumentError: ConcatOp : Dimension 0 in both shapes must be equal: shape[0] =
    [64,16] vs. shape[1] = [60,24] [Op:ConcatV2] name: concat``
    """
    match = CONCAT_OP.search(evidence.message)
    if not match:
        return None
    axis = int(match.group(1))
    sizes = {int(match.group(2)): parse_shape(match.group(3)),
             int(match.group(4)): parse_shape(match.group(5))}
    for stmt in raise_statements(evidence):
        for call in astutil.calls(stmt):
            if astutil.last_part(call) not in ("concat", "concatenate") or not call.args or \
                    not isinstance(call.args[0], (ast.List, ast.Tuple)):
                continue
            operands = []
            for index, element in enumerate(call.args[0].elts):
                names = [n for n in origins.names_in(element)
                         if getattr(evidence.value(n), "shape", None) is not None]
                if names:
                    operands.append((index, names[0]))
            trails = {name: provenance.made(evidence, name,
                                            keep=provenance.same_shape(evidence.value(name)))
                      for _, name in operands}
            made = {name: trail.origin for name, trail in trails.items() if trail}
            # The operand whose rows were selected (``x[mask]``) or sliced changed size.
            def selected(name):
                origin = made.get(name)
                value = getattr(origin.node, "value", None) if origin else None
                return isinstance(value, ast.Subscript)
            candidates = [(i, n) for i, n in operands if i in sizes and made.get(n)]
            if not candidates:
                continue
            odd = [c for c in candidates if selected(c[1])] or \
                sorted(candidates, key=lambda c: (made[c[1]].cell is None, made[c[1]].line))[-1:]
            index, name = odd[0]
            origin = made[name]
            other = [n for i, n in operands if i != index and i in sizes]
            return Finding(
                kind="shape_mismatch", severity="error", line=origin.line,
                raise_line=evidence.raise_line, cell=origin.cell,
                culprits=[name, "ConcatV2"] + other[:1],
                summary=(f"tf.concat needs equal sizes on every axis but the joined one: {name} "
                         f"is {list(sizes[index])} (made at {origin.where(evidence)})"
                         + (f" while {other[0]} is {list(sizes[1 - index])}" if other and
                            len(sizes) == 2 else "")
                         + f", so axis {axis} differs."),
                fix=(f"Give {name} the same {axis}-axis size as the other operands (apply the "
                     "same row selection to all of them) before concatenating."),
                evidence=trails[name].as_evidence(evidence), rule="shapes")
    return None


# ---------------------------------------------------------------- reshape sizes
RESHAPE_MESSAGES = (
    re.compile(r"Input to reshape is a tensor with (\d+) values, but the requested shape "
               r"(?:has|requires a multiple of) (\d+)"),
    re.compile(r"Dimension size must be evenly divisible by (\d+) but is (\d+) for "
               r"'\{\{node [\w/]*Reshape\}\}"),
    re.compile(r"The total size of the tensor must be unchanged\. Received: "
               r"input_shape=(\([^)]*\)), target_shape=(\([^)]*\))"),
)


def _reshape_calls(stmt):
    return [c for c in astutil.calls(stmt) if astutil.last_part(c) in ("reshape", "Reshape")]


def _shape_elements(call):
    node = origins.argument(call, 1, "shape") if astutil.last_part(call) == "reshape" else \
        origins.argument(call, 0, "target_shape")
    return list(node.elts) if isinstance(node, (ast.List, ast.Tuple)) else []


def _wrong_factor(evidence, elements, total: int):
    """The named size in a reshape's target that cannot be right: with the other sizes fixed,
    the element count leaves a remainder it does not divide."""
    values = [origins.int_value(evidence, e) for e in elements]
    for index, element in enumerate(elements):
        names = origins.names_in(element)
        value = values[index]
        if not names or value is None or value <= 0:
            continue
        rest = 1
        for other_index, other in enumerate(values):
            if other_index != index and other is not None and other > 0:
                rest *= other
        if total % rest == 0 and (total // rest) % value != 0:
            return names[0], value, total // rest
    return None


def reshape_size(evidence) -> Finding | None:
    """A reshape whose target size does not fit the element count: the cause is the size that
    was computed or hard-coded for another input (a named constant set earlier, or a literal
    flatten size in a model's ``call``).

    ``InvalidArgumentError: Input to reshape is a tensor with 2592 values, but the requested
    shape requires a multiple of 240 [Op:Reshape]``
    """
    message = evidence.message
    for index, pattern in enumerate(RESHAPE_MESSAGES):
        match = pattern.search(message)
        if match:
            break
    else:
        return None
    from .other import _deepest_cell_frame

    frame = evidence.innermost_op_frame() or _deepest_cell_frame(evidence)
    if frame is None:
        return None
    stmt = evidence.statement_at(frame.line, frame.label)
    cell = None if evidence.in_this_cell(frame.label) else frame.label
    calls = _reshape_calls(stmt) if stmt is not None else []
    line = frame.line
    if index == 2:
        layer = evidence.frame_local("self", lambda v: type(v).__name__ == "Reshape")
        made = origins.layer_constructor(evidence, layer, size=None) if layer is not None \
            else None
        if made is not None:
            line, cell = made.line, made.cell
        input_shape, target = (parse_shape(g) for g in match.groups())
        count = 1
        for dim in input_shape:
            count *= dim or 1
        wanted = 1
        for dim in target:
            wanted *= dim or 1
        return Finding(
            kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
            cell=cell, culprits=[c for c in (getattr(layer, "name", None), "Reshape") if c],
            summary=(f"Reshape's target {match.group(2)} holds {wanted} values per sample but "
                     f"its input {match.group(1)} has {count}: the hard-coded size does not fit "
                     "this input."),
            fix=("Use `keras.layers.Flatten()` (or compute the size from the input's shape) "
                 "instead of a hard-coded target."),
            evidence=[provenance.fact(evidence, cell, line, f"the Reshape layer constructed "
                                      f"with target {match.group(2)}")] if made else [],
            rule="shapes")
    total = int(match.group(1) if index == 0 else match.group(2))
    factor = None
    for call in calls:
        factor = _wrong_factor(evidence, _shape_elements(call), total)
        if factor:
            break
    if factor:
        name, value, remaining = factor
        trail = provenance.made(evidence, name)
        made = trail.origin if trail else None
        if made is not None:
            return Finding(
                kind="shape_mismatch", severity="error", line=made.line,
                raise_line=evidence.raise_line, cell=made.cell, culprits=[name, "reshape"],
                evidence=trail.as_evidence(evidence),
                summary=(f"reshape got {total} values; with the other target sizes fixed that "
                         f"leaves {remaining}, which {name} = {value} (set at "
                         f"{made.where(evidence)}) does not divide, so {name} does not fit this "
                         "data."),
                fix=(f"Set {name} from the data's actual shape (e.g. the padded length), or "
                     "use -1 for the axis you do not know."),
                rule="shapes")
    requested = match.group(2) if index == 0 else match.group(1)
    # The reshape raised in the traceback's frame; its target size is the suspect only when
    # the input has values (an empty input came wrong from upstream).
    links = [provenance.fact(evidence, cell, line, f"reshape to multiples of {requested} "
                             f"raised on {total} values (traceback)")] if total else []
    return Finding(
        kind="shape_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=["reshape"] + ([frame.function] if frame.function and
                                           frame.function != "<module>" else []),
        summary=(f"reshape at {phrases.line_ref(line, cell, evidence)} asks for multiples of "
                 f"{requested} values but gets {total}: its target size does not fit this "
                 "input." if total else
                 f"reshape at {phrases.line_ref(line, cell, evidence)} asks for multiples of "
                 f"{requested} values but its input is empty (0 values): what feeds it came "
                 "out empty."),
        fix=("Flatten with `tf.reshape(x, [tf.shape(x)[0], -1])` or `keras.layers.Flatten()`, "
             "or compute the size from `x.shape` instead of hard-coding it."),
        evidence=links, rule="shapes")


# ---------------------------------------------------------------- an axis lost or reordered
# Messages of an op whose operands' axes do not line up.
AXIS_MESSAGES = (
    r"must have compatible batch dimensions", r"Incompatible shapes: \[",
    r"Matrix size-incompatible", r"Dimensions must be equal, but are",
    r"ConcatOp : Expected concatenating dimensions in the range",
    r"ConcatOp : Ranks of all input tensors should match",
    r"ConcatOp : Dimension \d+ in both shapes must be equal",
    r"expected ndim=\d+, found ndim=\d+",
)
EXPECTED_NDIM = re.compile(r"expected ndim=(\d+), found ndim=(\d+)")
_RECURRENT = frozenset({"LSTM", "GRU", "SimpleRNN", "RNN", "Bidirectional", "ConvLSTM1D",
                        "ConvLSTM2D", "ConvLSTM3D"})
_REDUCTIONS = frozenset({"reduce_mean", "reduce_sum", "reduce_max", "reduce_min",
                         "reduce_prod", "reduce_any", "reduce_all", "reduce_logsumexp",
                         "reduce_std", "reduce_variance", "argmax", "argmin"})


def _drops_time_axis(evidence, call: ast.Call) -> str:
    """The recurrent layer a call runs when that layer returns only its last output
    (``return_sequences`` False: no time axis in its result); "" otherwise. The layer is read
    from the namespace (a Keras object: its own attribute) or, built inline
    (``layers.LSTM(50)(x)``), from the constructor's keywords."""
    from ..._tf.safe import is_tf_object

    func = call.func
    if isinstance(func, ast.Call):
        kind = (astutil.call_name(func.func) or "").rsplit(".", 1)[-1]
        flag = astutil.keyword(func, "return_sequences")
        if kind in _RECURRENT and (flag is None or astutil.constant(flag) is False):
            return kind
        return ""
    if isinstance(func, ast.Name) and evidence.has_value(func.id):
        layer = evidence.value(func.id)
        if is_tf_object(layer) and type(layer).__name__ in _RECURRENT and \
                getattr(layer, "return_sequences", None) is False:
            return func.id
    return ""


def _axis_hazard(evidence, call: ast.Call, rank: int,
                 highest: int) -> tuple[str, str] | None:
    """(what a call on an operand's chain does to its axes, the fix) when that is a known
    trap (the API documents it) and the operand's rank shows it took effect; None otherwise.

    ``rank``: the operand's rank at the failing op; ``highest``: the highest rank among the
    other operands there."""
    name = astutil.call_name(call.func) or ""
    last = name.rsplit(".", 1)[-1]
    keywords = {k.arg: k.value for k in call.keywords}
    if last == "transpose" and len(call.args) < 2 and "perm" not in keywords and rank >= 3:
        return (f"`{name}` without `perm` reverses every axis of its rank-{rank} input "
                "(not just the last two)",
                f"Give `{name}` the order of the axes: `perm=[0, 2, 1]` swaps only the last "
                "two of a rank-3 tensor.")
    if last in _REDUCTIONS and rank < highest and ("axis" in keywords or len(call.args) > 1):
        keep = keywords.get("keepdims", keywords.get("keep_dims"))
        if keep is None or astutil.constant(keep) is False:
            return (f"`{name}` drops the axis it reduces (no `keepdims=True`)",
                    f"Pass `keepdims=True` to `{name}` so the reduced axis stays (size 1), "
                    "or add it back with `tf.expand_dims`.")
    if last == "squeeze" and len(call.args) < 2 and "axis" not in keywords and \
            rank < highest:
        return (f"`{name}` without `axis` removes every axis of size 1",
                f"Give `{name}` the `axis` to remove.")
    layer = _drops_time_axis(evidence, call) if rank < highest else ""
    if layer:
        return (f"the recurrent layer `{layer}` returns only its last output "
                "(`return_sequences` is False), without the time axis",
                f"Create `{layer}` with `return_sequences=True` so the next recurrent layer "
                "gets the whole sequence.")
    return None


def stacked_without_sequences(evidence) -> Finding | None:
    """``model.add(<recurrent layer>)`` onto a Sequential whose last layer is recurrent with
    ``return_sequences=False``: it hands on one vector per sequence, and the next recurrent
    layer needs the time axis. The cause is that last layer's construction.

    ``ValueError: Input 0 of layer "lstm_1" is incompatible with the layer: expected ndim=3,
    found ndim=2. Full shape received: (None, 64)``
    """
    match = EXPECTED_NDIM.search(evidence.message)
    statements = raise_statements(evidence)
    if not match or not statements or int(match.group(1)) != int(match.group(2)) + 1:
        return None
    call, receiver = origins.call_arguments(evidence, "add", statements[0])
    model = evidence.value(receiver) if receiver else None
    layers = list(getattr(model, "layers", None) or []) if model is not None else []
    # Keras lists the layer being added before it fails: the one before it is the stack's top.
    failing = re.search(r"""of layer ['"](\w+)['"]""", evidence.message)
    if layers and failing and getattr(layers[-1], "name", None) == failing.group(1):
        layers = layers[:-1]
    if call is None or not layers:
        return None
    last = layers[-1]
    if getattr(last, "return_sequences", None) is not False:
        return None
    made = _added_before(evidence, receiver, type(last).__name__)
    if made is None:
        return None
    return Finding(
        kind="shape_mismatch", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=made.cell, culprits=[last.name, "return_sequences", receiver],
        summary=(f"{last.name} ({type(last).__name__}, {made.where(evidence)}) returns only its "
                 "last step (return_sequences=False), so the recurrent layer added after it gets "
                 f"{match.group(2)}-D input where it needs {match.group(1)}-D (batch, time, "
                 "features)."),
        fix=(f"Set `return_sequences=True` on {last.name}: every recurrent layer but the last "
             "of a stack returns the whole sequence."),
        evidence=[provenance.fact(evidence, made.cell, made.line,
                                  f"{last.name} constructed with return_sequences=False")],
        rule="shapes")


def _added_before(evidence, receiver: str, class_name: str):
    """The newest ``receiver.add(<class_name>(...))`` before the failing statement (the
    failing cell first, then earlier cells): where the stack's top layer was added."""
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        found = [call for call in astutil.calls(tree)
                 if isinstance(call.func, ast.Attribute) and call.func.attr == "add"
                 and isinstance(call.func.value, ast.Name) and call.func.value.id == receiver
                 and call.args and isinstance(call.args[0], ast.Call)
                 and astutil.last_part(call.args[0]) == class_name
                 and (label is not None or call.lineno - offset < evidence.raise_line)]
        if found:
            last = max(found, key=lambda c: c.lineno)
            return origins.Origin(label, last.lineno - offset, last)
    return None


def lost_axis(evidence) -> Finding | None:
    """An op's operands do not line up because one of them went through a call that reorders
    or drops axes by default — ``tf.transpose`` without ``perm`` (reverses every axis), a
    reduction without ``keepdims=True``, ``squeeze`` without ``axis`` — found on the chain of
    the one operand whose shape that call made (``provenance.same_shape``): the cause is the
    call, not the op that noticed.

    ``InvalidArgumentError: In[0] and In[1] must have compatible batch dimensions: [4,7,16]
    vs. [16,7,4] [Op:BatchMatMulV2]``
    """
    statements = raise_statements(evidence)
    if not statements:
        return None
    shapes = {}
    for name in origins.names_in(statements[0]):
        if evidence.has_value(name):
            value = evidence.value(name)
            found = values.facts(value)
            if found is not None and found.shape is not None and found.kind != "string":
                shapes[name] = (value, found.shape)
    # A layer's input spec names the rank it needs; otherwise the other operands show it.
    expected = EXPECTED_NDIM.search(evidence.message or "")
    hits = []
    for name, (value, shape) in shapes.items():
        if expected is not None:
            if len(shape) != int(expected.group(2)):
                continue
            others = [int(expected.group(1))]
        else:
            others = [len(s) for n, (_, s) in shapes.items() if n != name]
        if not others:
            continue
        walked = provenance.made(evidence, name, keep=provenance.same_shape(value))
        if walked is None:
            continue
        origin = walked.origin
        made = provenance.value_of(origin)
        if not isinstance(made, ast.Call):
            continue
        hazard = _axis_hazard(evidence, made, len(shape), max(others))
        if hazard is not None:
            hits.append((name, shape, walked, hazard, astutil.call_name(made.func) or ""))
    if len(hits) != 1:
        return None
    name, shape, walked, (why, fix), call = hits[0]
    origin = walked.origin
    where = origin.where(evidence)
    links = walked.as_evidence(evidence) + [provenance.fact(
        evidence, origin.cell, origin.line, why)]
    return Finding(
        kind="shape_mismatch", severity="error", line=origin.line,
        raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(origin.cell) else origin.cell,
        culprits=list(dict.fromkeys(c for c in (origin.name, name, call) if c)),
        summary=(f"'{name}' reaches the failing op with shape "
                 f"{values.shape_text(shape)}, made at {where}: {why}, so "
                 + (f"it has {len(shape)} axes where the layer needs {expected.group(1)}."
                    if expected is not None else
                    "its axes no longer line up with the other operand's.")),
        fix=fix, evidence=links)



# ---------------------------------------------------------------- a reshape that changed the count
CARDINALITY = re.compile(r"Data cardinality is ambiguous")
_SIZES = re.compile(r"'\w+' sizes: ([\d, ]+)")


def reshape_changed_sample_count(evidence) -> Finding | None:
    """``fit`` gets inputs and targets of different lengths, and the one that differs was made
    by a ``reshape`` with ``-1`` on its first axis from an array whose length was the others':
    the reshape folded another axis into the samples (``x.reshape(-1, 256)`` of (120, 16, 16,
    3) gives 360 rows), so it is where the count changed.

    ``ValueError: Data cardinality is ambiguous. Make sure all arrays contain the same number
    of samples.'x' sizes: 360 'y' sizes: 120``
    """
    from ..general import operands

    counts = {int(n) for found in _SIZES.findall(evidence.message)
              for n in found.replace(" ", "").split(",") if n}
    if len(counts) != 2:
        return None
    lengths = {}
    for name, _, _ in operands(evidence, limit=6):
        shape = getattr(values.facts(evidence.value(name)), "shape", None)
        if shape and shape[0] in counts:
            lengths[name] = shape[0]
    for name, length in lengths.items():
        others = {n for n in lengths.values() if n != length}
        if len(others) != 1 or sum(1 for n in lengths.values() if n == length) != 1:
            continue
        wanted = others.pop()
        made = provenance.made(evidence, name)
        origin = made.origin if made is not None else None
        call = _minus_one_reshape(origin.node) if origin is not None else None
        source = _reshaped(call) if call is not None else None
        shape = getattr(values.facts(evidence.value(source.id)), "shape", None) \
            if isinstance(source, ast.Name) else None
        if not shape or shape[0] != wanted:
            continue
        where = origin.where(evidence)
        return Finding(
            kind="shape_mismatch", severity="error", line=origin.line,
            raise_line=evidence.raise_line, cell=origin.cell,
            culprits=[name, source.id, "reshape"],
            summary=(f"{phrases.code(name)} has {length} rows where the other arrays have "
                     f"{wanted}: it was made at {where} by `{origin.code}`, and "
                     f"{phrases.code(source.id)} has shape {values.shape_text(shape)}, so the "
                     f"`-1` on the first axis folded another axis into the samples "
                     f"({evidence.parsed.sentence or 'the lengths differ'})."),
            fix=(f"Keep the samples on the first axis at {where}: "
                 f"`{source.id}.reshape(len({source.id}), -1)` (or reshape to the per-sample "
                 "size the model expects)."),
            evidence=made.as_evidence(evidence) + [provenance.fact(
                evidence, None, evidence.raise_line,
                f"{name} has {length} rows, the others {wanted}")],
            rule="shape_mismatch")
    return None


def _module_reshape(call: ast.Call) -> bool:
    """``np.reshape(x, shape)`` / ``tf.reshape(x, shape)``, not the method ``x.reshape``."""
    return astutil.call_name(call.func).startswith(("np.", "numpy.", "tf.", "tensorflow."))


def _reshaped(call: ast.Call):
    """The value a reshape call reshapes: its receiver, or a module function's first arg."""
    if _module_reshape(call):
        return call.args[0] if call.args else None
    return call.func.value if isinstance(call.func, ast.Attribute) else None


def _minus_one_reshape(node):
    """The ``reshape`` call with ``-1`` first in its new shape, in an assignment's value."""
    value = getattr(node, "value", None)
    if not isinstance(value, ast.Call) or astutil.last_part(value) != "reshape":
        return None
    args = list(value.args)[1:] if _module_reshape(value) else list(value.args)
    first = args[0] if args else None
    if isinstance(first, (ast.Tuple, ast.List)) and first.elts:
        first = first.elts[0]
    return value if isinstance(first, ast.UnaryOp) and isinstance(first.op, ast.USub) and \
        isinstance(first.operand, ast.Constant) and first.operand.value == 1 else None
