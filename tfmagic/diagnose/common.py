"""Small helpers the rules share: finding the line an op or a statement came from."""

from __future__ import annotations

import ast
import re

from . import astutil


def cause_or_raise(evidence):
    """(line, cell) of the failing op's creation if known, else the raise line."""
    frame = evidence.innermost_op_frame()  # where the failing op was created
    if frame is not None:
        return frame.line, (None if evidence.in_this_cell(frame.label) else frame.label)
    return evidence.raise_line, None


def assigned_names_at(evidence, line: int | None) -> list[str]:
    """Names the statement on a body line binds, plus any ``name="..."`` it passes."""
    if evidence.tree is None or line is None:
        return []
    stmt = evidence.statement_at(line)
    if stmt is None:
        return []
    names = astutil.assigned_names(stmt)
    for value, _ in astutil.string_keywords(stmt):
        if value not in names:
            names.append(value)
    return names


def in_cell_label(evidence, cell):
    return None if evidence.in_this_cell(cell) else cell


def human_bytes(count: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if count < 1024 or unit == "PiB":
            return f"{count:.1f} {unit}" if unit != "B" else f"{int(count)} B"
        count /= 1024
    return f"{count:.1f} PiB"


DTYPE_BYTES = {"float": 4, "float32": 4, "double": 8, "float64": 8, "half": 2, "float16": 2,
               "bfloat16": 2, "int32": 4, "int64": 8, "int8": 1, "uint8": 1, "bool": 1,
               "int16": 2, "complex64": 8, "complex128": 16}


def parse_shape(text: str):
    """'(32, 28, 28)' or '[32,28,28]' -> (32, 28, 28); None/? dims become None."""
    dims = []
    for part in text.strip("()[] ").split(","):
        part = part.strip()
        if not part:
            continue
        dims.append(int(part) if part.isdigit() else None)
    return tuple(dims)


def input_built_at(evidence, shape) -> tuple[int | None, str | None]:
    """(body line, name) of the array passed on the raise line whose shape is ``shape``:
    the line that built the value the op or layer could not take."""
    for stmt in raise_statements(evidence):
        found = _input_in(evidence, stmt, shape)
        if found[0] is not None:
            return found
    return None, None


def _input_in(evidence, stmt, shape):
    import ast

    names = [n.id for n in ast.walk(stmt) if isinstance(n, ast.Name)]
    for name in names:
        value = evidence.value(name)
        got = getattr(value, "shape", None)
        try:
            got = tuple(got) if got is not None else None
        except TypeError:
            continue
        if got is None or len(got) != len(shape):
            continue
        if all(a is None or b is None or int(a) == int(b) for a, b in zip(got, shape)):
            made = astutil.last_assignment_before(evidence.tree, name, stmt.lineno)
            if made is not None and made.lineno != stmt.lineno:
                return evidence.body_line_of(made), name
    return None, None


def raise_statements(evidence) -> list:
    """Statements of this cell on the traceback, deepest first (the raise line, then the
    calls that led to it)."""
    if evidence.tree is None:
        return []
    out = []
    for frame in reversed(evidence.raise_frames):
        if frame.filename != evidence.filename:
            continue
        stmt = evidence.statement_at(frame.line)
        if stmt is not None and stmt not in out:
            out.append(stmt)
    return out


def scope_prefix(name: str) -> str:
    return name.split("/", 1)[0] + "/" if "/" in name else name


def call_site(evidence):
    """The outermost frame of this cell (the statement that started the failing build)."""
    own = [f for f in evidence.raise_frames if f.filename == evidence.filename]
    return own[0] if own else None


def reuse_with(evidence, frame, tree=None, with_reuse: bool = False):
    """The innermost ``with variable_scope(...)`` around a cell frame's line, if any, and its
    ``reuse`` argument, in ``tree`` (default: the tree of the frame's own cell); with
    ``with_reuse`` the innermost one that passes ``reuse`` (an inner scope inherits it)."""
    if frame is None:
        return None, None
    if tree is None:
        tree = evidence.tree if frame.filename == evidence.filename \
            else evidence.tree_of(frame.filename)
    if tree is None:
        return None, None
    for node in reversed(astutil.enclosing_withs(tree, frame.lineno)):
        for call in astutil.with_calls(node, lambda c: astutil.last_part(c) in (
                "variable_scope", "VariableScope")):
            reuse = astutil.keyword(call, "reuse")
            if reuse is not None or not with_reuse:
                return node, reuse
    return None, None


def frame_line(frame, node) -> int:
    """The body line of ``node`` in the cell a traceback frame runs (its own offset)."""
    return node.lineno - (frame.lineno - frame.line)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", re.sub(r"V\d+$", "", name)).lower()


def makes_op(call: ast.Call, op: str) -> bool:
    """Whether a TensorFlow call plausibly makes the op ``op`` (``tf.strings.to_number`` ->
    ``StringToNumber``, ``tf.reshape`` -> ``Reshape``, ``tf.gather`` -> ``GatherV2``,
    ``tf.reduce_mean`` -> ``Mean``)."""
    name = astutil.call_name(call.func)
    if not name.startswith(("tf.", "tensorflow.")):
        return False
    wanted = _snake(op).replace("_", "")
    last = name.rsplit(".", 1)[-1].replace("_", "")
    return bool(last) and (wanted == last or (len(last) >= 5 and wanted.endswith(last))
                           or last == "reduce" + wanted)
