"""shape_mismatch: op shape errors; name the operator and the operand shapes."""

from __future__ import annotations

import re

from ...report import Finding
from .common import cause_or_raise, in_cell_label

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
OP_NAMES = (re.compile(r"\[Op:(\w+)\]"), re.compile(r"\{\{node [\w/]+\}\} = (\w+)"),
            re.compile(r"for '\{\{node ([\w/]+)\}\}"))


def shape_mismatch(evidence) -> Finding | None:
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
    return Finding(kind="shape_mismatch", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=[c for c in (op, first, second) if c], summary=summary, fix=fix,
                   rule="shapes")
