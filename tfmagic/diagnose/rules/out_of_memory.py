"""out_of_memory: a failed allocation ("OOM when allocating", "Dst tensor is not initialized")."""

from __future__ import annotations

import ast
import re

from ...report import Finding
from .. import astutil, origins, phrases, provenance
from ..common import (DTYPE_BYTES, assigned_names_at, cause_or_raise, human_bytes,
                     in_cell_label, raise_statements)

OOM = re.compile(r"OOM when allocating tensor with shape\s*\[([\d,\s]*)\] and type (\w+)"
                 r"(?: on ([\w:/\-]+))?")


def _is_array(value) -> bool:
    return hasattr(value, "shape") and hasattr(value, "dtype") and not isinstance(
        value, type(re))


OP_TYPE = re.compile(r"\[Op:(\w+)\]")


def out_of_memory(evidence) -> Finding | None:
    """Device memory exhausted: name the allocation and the line that made it that large.

    ``ResourceExhaustedError: OOM when allocating tensor with shape[200000,100000] and type
    float on /job:localhost/replica:0/task:0/device:CPU:0 by allocator cpu``
    """
    message = evidence.message
    dst = "Dst tensor is not initialized" in message
    line, cell = cause_or_raise(evidence)
    links = [provenance.fact(evidence, in_cell_label(evidence, cell), line,
                             "the failing op was created (its traceback)")]
    culprits = assigned_names_at(evidence, line) if cell is None else []
    match = OOM.search(message)
    size = ""
    dims = [int(d) for d in match.group(1).replace(" ", "").split(",") if d] if match else []
    layer_line, layer_name = oversized_layer(evidence, dims)
    big_line, big_name, big_bytes = largest_input(evidence)
    if layer_line is not None:
        line, cell = layer_line, None
        culprits = [layer_name] + [c for c in culprits if c != layer_name]
        links = [provenance.fact(evidence, None, line, f"{layer_name} built with a weight of "
                                 "the failing shape")]
    elif big_line is not None and (dst or evidence.op is None):
        # The raise line hands a large array to TensorFlow: where it was built is the cause.
        line, cell = big_line, None
        culprits = [big_name] + [c for c in culprits if c != big_name]
        links = [provenance.fact(evidence, None, line, f"{big_name} built, "
                                 f"{human_bytes(big_bytes)}, handed to TensorFlow at the "
                                 "raise line")]
    op_type = getattr(evidence.op, "type", None) or next(iter(OP_TYPE.findall(message)), None)
    if op_type:
        culprits.append(op_type)
    stmt = evidence.statement_at(line) if cell is None else None
    if stmt is not None and stmt.lineno - evidence.offset == evidence.raise_line:
        # The arrays or tensors the failing statement combines (``matmul(batch, batch)``).
        operands = [n.id for n in ast.walk(getattr(stmt, "value", stmt))
                    if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                    and _is_array(evidence.value(n.id)) and n.id not in culprits]
        culprits += list(dict.fromkeys(operands))[:3]
    if match:
        count = 1
        for dim in dims:
            count *= dim
        nbytes = count * DTYPE_BYTES.get(match.group(2), 4)
        device = (match.group(3) or "").rsplit("device:", 1)[-1]
        size = (f" a {match.group(2)} tensor of shape {dims} ({human_bytes(nbytes)})"
                + (f" on {device}" if device else ""))
        owner = f" for {culprits[0]}" if culprits else ""
        if device:
            culprits.append(device)
    else:
        owner = f" for {culprits[0]}" if culprits else ""
    if big_line is not None and culprits and culprits[0] == big_name:
        owner = (f" for {big_name} ({human_bytes(big_bytes)}, built at "
                 f"{phrases.line_ref(big_line, None, evidence)})")
    if dst:
        summary = ("'Dst tensor is not initialized': copying a tensor to the GPU failed because "
                   f"the device has no memory left{owner} (exhausted, or held by another "
                   "process or an earlier model in this kernel).")
        fix = ("Reduce the batch size or the model (or the tensor fed at this line), free GPU "
               "memory (restart the kernel, close other processes using the GPU, "
               "`tf.config.experimental.set_memory_growth`).")
    else:
        summary = f"Allocating{size or ' a tensor'}{owner} failed: it does not fit in memory."
        fix = ("Shrink the tensor: smaller layer/units, pool or downsample before a dense layer "
               "(a huge flattened input makes a huge kernel), or a smaller batch.")
    return Finding(kind="out_of_memory", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="memory",
                   evidence=links)


def oversized_layer(evidence, dims):
    """(body line, layer name) of an unbuilt Keras layer whose weight has the failing shape.

    A layer's weights are allocated when it is first called, so the raise line is the call;
    the cause is the constructor that asked for that many units.
    """
    if not dims or evidence.tree is None:
        return None, None
    for _, layer in evidence.user_layers():
        sizes = [getattr(layer, attr, None) for attr in SIZE_ARGUMENTS]
        sizes = [s for s in sizes if isinstance(s, int) and s in dims]
        if not sizes or getattr(layer, "built", False) and layer.weights:
            continue
        for call in astutil.constructor_calls(evidence.tree, type(layer).__name__):
            given = {}
            for node in list(call.args[:2]) + [kw.value for kw in call.keywords
                                               if kw.arg in SIZE_ARGUMENTS]:
                value = astutil.constant_value(node)
                if value is None and isinstance(node, ast.Name):
                    value = evidence.value(node.id)
                    given[value] = node.id
                else:
                    given.setdefault(value, None)
            hit = next((s for s in sizes if s in given), None)
            if hit is not None:
                name = given[hit]
                return evidence.body_line_of(call), (f"{layer.name} ({type(layer).__name__}"
                                                     + (f", {name}" if name else "") + ")")
    return None, None


SIZE_ARGUMENTS = ("units", "filters", "input_dim", "output_dim")


LARGE_BYTES = 64 * 2 ** 20


def largest_input(evidence):
    """(body line, name, bytes) of the largest array (>= 64 MiB) the raise line passes on."""
    import ast

    best = (None, None, 0)
    for stmt in raise_statements(evidence):
        for node in ast.walk(stmt):
            if not isinstance(node, ast.Name):
                continue
            nbytes = getattr(evidence.value(node.id), "nbytes", 0)
            if not isinstance(nbytes, int) or nbytes < max(LARGE_BYTES, best[2]):
                continue
            made = astutil.last_assignment_before(evidence.tree, node.id, stmt.lineno)
            if made is not None and made.lineno != stmt.lineno:
                best = (evidence.body_line_of(made), node.id, nbytes)
    return best


SIZE_KEYWORDS = ("units", "filters", "input_dim", "output_dim")


def layer_sized_from_data(evidence) -> Finding | None:
    """A Keras layer whose weight cannot be allocated because a size argument was computed
    from the data (an embedding sized by the largest raw id, units from a count): the cause
    is where that size was computed.

    ``ResourceExhaustedError: OOM when allocating tensor with shape[4100000012335,32] and type
    float on /job:localhost/replica:0/task:0/device:CPU:0 by allocator mklcpu
    [Op:StatelessRandomUniformV2]``
    """
    match = OOM.search(evidence.message)
    if not match:
        return None
    dims = [int(d) for d in match.group(1).replace(" ", "").split(",") if d]
    for _, layer in evidence.user_layers():
        if getattr(layer, "built", False) and layer.weights:
            continue
        for keyword in SIZE_KEYWORDS:
            size = getattr(layer, keyword, None)
            if not isinstance(size, int) or size not in dims:
                continue
            made = origins.layer_constructor(evidence, layer, size=size,
                                             keyword_names=(keyword,))
            if made is None:
                continue
            node = origins.size_argument(made.node, (keyword,))
            if not isinstance(node, ast.Name):
                continue
            trail = provenance.made(evidence, node.id)
            if trail is None:
                continue
            computed = trail.origin
            count = 1
            for dim in dims:
                count *= dim
            nbytes = count * DTYPE_BYTES.get(match.group(2), 4)
            kind = type(layer).__name__
            return Finding(
                kind="out_of_memory", severity="error", line=computed.line,
                raise_line=evidence.raise_line, cell=computed.cell,
                culprits=[node.id, kind, layer.name],
                summary=(f"{layer.name} ({kind}, {made.where(evidence)}) asks for a weight of "
                         f"shape {dims} ({human_bytes(nbytes)}) because its {keyword} is "
                         f"{node.id} = {size:,}, computed at {computed.where(evidence)}; "
                         "that does not fit in memory."),
                fix=(f"Size {keyword} by the number of distinct values, not by the largest one: "
                     "map raw ids to a dense range first (`keras.layers.IntegerLookup`, "
                     "`StringLookup` or hashing)."),
                evidence=[provenance.fact(evidence, made.cell, made.line,
                                          f"{layer.name} constructed with {keyword}={node.id}")]
                + trail.as_evidence(evidence),
                rule="memory")
    return None
