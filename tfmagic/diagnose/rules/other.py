"""other: failures outside the named kinds. Causes of their own (dtype mismatches, Python
code run on graph tensors, a closed session), and the fallback: the annotated raise line."""

from __future__ import annotations

import ast
import re

from ...report import Finding
from .. import astutil, origins, phrases
from ..common import raise_statements


def other(evidence) -> Finding:
    frame = evidence.deepest_raise_frame()
    line = evidence.raise_line
    cell = None
    if frame is not None and not evidence.in_this_cell(frame.label):
        # The failing code is a function defined in an earlier cell.
        cell, line = frame.label, frame.line
    first_line = (evidence.message or "").strip().splitlines()
    text = first_line[0] if first_line else ""
    where = phrases.line_ref(line, cell, evidence) if line else "this cell"
    return Finding(
        kind="other",
        severity="error",
        line=line,
        raise_line=evidence.raise_line,
        cell=cell,
        culprits=[],
        summary=f"{evidence.error_type} at {where}: {text}"[:400],
        fix="Read the marked line: the failing expression is underlined.",
        rule="other",
    )


# ---------------------------------------------------------------- dtypes
# TensorFlow's spellings of a dtype in messages, mapped to the names NumPy and tf use.
_DTYPE_WORDS = {"double": "float64", "float": "float32", "half": "float16"}
DTYPE_MESSAGES = (
    r"was expected to be a \w+ tensor but is a \w+ tensor",
    r"Value for attr 'T' of \w+ is not in the list of allowed values",
    r"Could not find device for node: \{\{node \w+\}\} = \w+\[T=DT_\w+",
    r"No OpKernel was registered to support Op '\w+'[\s\S]*T=DT_\w+",
    r"has type \w+ that does not match type \w+ of argument",
    r"Tensor conversion requested dtype \w+ for Tensor with dtype \w+",
)
_DTYPES_IN = (
    re.compile(r"expected to be a (\w+) tensor but is a (\w+) tensor"),
    re.compile(r"Value for attr 'T' of (\w+) is not in the list"),
    re.compile(r"\[T=DT_(\w+)"),
    re.compile(r"has type (\w+) that does not match type (\w+)"),
    re.compile(r"requested dtype (\w+) for Tensor with dtype (\w+)"),
)
_OP_IN = (re.compile(r"\[Op:(\w+)\]"), re.compile(r"\{\{node (\w+)\}\}"),
          re.compile(r"cannot compute (\w+) as input"), re.compile(r"of '(\w+)' Op has type"))


def _dtype_name(word: str) -> str:
    word = word.lower()
    return _DTYPE_WORDS.get(word, word)


def _value_dtype(value) -> str | None:
    dtype = getattr(value, "dtype", None)
    if dtype is None or isinstance(value, type):
        return None
    name = getattr(dtype, "name", None)
    return str(name) if isinstance(name, str) else None


def dtype_mismatch(evidence) -> Finding | None:
    """An op got a dtype it has no kernel for, or two operands of different dtypes: the cause
    is the line that made the operand with the odd dtype (float64 NumPy data, integer or uint8
    arrays), found by the dtype of each value the failing statement reads.

    ``InvalidArgumentError: cannot compute MatMul as input #1(zero-based) was expected to be a
    double tensor but is a float tensor [Op:MatMul] name:``
    """
    message = evidence.message
    involved = []
    for pattern in _DTYPES_IN:
        match = pattern.search(message)
        if match:
            involved = [_dtype_name(g) for g in match.groups()]
            break
    if not involved:
        return None
    op = ""
    for pattern in _OP_IN:
        found = pattern.search(message)
        if found:
            op = found.group(1)
            break
    operands = _operands_by_dtype(evidence, set(involved))
    if not operands:
        return None
    # The odd one: TensorFlow's variables and Keras layers are float32, so an operand of
    # another dtype (float64 from NumPy, integers, uint8 pixels) is the one that came in wrong.
    odd = [item for item in operands if item[1] != "float32"] or operands
    name, dtype, stmt_line = odd[0]
    made = origins.assignment(evidence, name)
    others = [(n, d) for n, d, _ in operands if d != dtype]
    line, cell = (made.line, made.cell) if made else (stmt_line, None)
    where = f" (made at {made.where(evidence)})" if made else ""
    against = (f" while {others[0][0]} is {others[0][1]}" if others else "")
    if len(set(involved)) > 1:
        need = (f"{op or 'The op'} needs both operands in one dtype, but {name} is "
                f"{dtype}{where}{against}.")
    else:
        need = (f"{op or 'The op'} has no kernel for {dtype}, and {name} is {dtype}{where}.")
    cast_to = "float32"
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (name, dtype, op) if c],
        summary=need,
        fix=(f"Convert {name} where it is made: `.astype(\"{cast_to}\")` on a NumPy array or "
             f"`tf.cast({name}, tf.{cast_to})`"
             + (" (and scale pixels with `/ 255.0`)." if dtype == "uint8" else ".")),
        rule="dtype")


def _operands_by_dtype(evidence, dtypes: set[str]) -> list[tuple[str, str, int]]:
    """(name, dtype, body line) for values read by the failing statements (the op's creation
    line first, then the raise line and its callers) whose dtype is one of ``dtypes``."""
    statements = []
    frame = evidence.innermost_op_frame()
    if frame is not None and evidence.in_this_cell(frame.label):
        stmt = evidence.statement_at(frame.line)
        if stmt is not None:
            statements.append(stmt)
    statements += [s for s in raise_statements(evidence) if s not in statements]
    found, seen = [], set()
    for stmt in statements:
        for name in _names_in_order(evidence, _value_part(stmt)):
            if name in seen:
                continue
            seen.add(name)
            dtype = _value_dtype(evidence.value(name))
            if dtype in dtypes:
                found.append((name, dtype, evidence.body_line_of(stmt)))
    return found


def _names_in_order(evidence, node) -> list[str]:
    """Names read in an expression in source order; those inside the failing expression
    (the columns ``executing`` found on the raise line) first."""
    reads = sorted((n for n in ast.walk(node) if isinstance(n, ast.Name)),
                   key=lambda n: (n.lineno, n.col_offset))
    col = evidence.raise_col
    raise_file_line = (evidence.raise_line or 0) + evidence.offset

    def inside(n):
        return col is not None and n.lineno == raise_file_line and \
            col[0] <= n.col_offset < col[1]

    ordered = [n.id for n in reads if inside(n)] + [n.id for n in reads if not inside(n)]
    return list(dict.fromkeys(ordered))


def _value_part(stmt):
    """What a statement computes (its right-hand side), so targets are not read as operands."""
    if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and stmt.value is not None:
        return stmt.value
    return stmt


# ---------------------------------------------------------------- Python code on graph tensors
GRAPH_BOOL = (r"Using a symbolic `tf\.Tensor` as a Python `bool` is not allowed",
              r"Iterating over a symbolic `tf\.Tensor` is not allowed",
              r"symbolic `tf\.Tensor` .* is not allowed")
NUMPY_IN_GRAPH = (r"'(?:Symbolic)?Tensor' object has no attribute '(?:numpy|_numpy)'",
                  r"Cannot convert a symbolic (?:tf\.)?Tensor \([^)]*\) to a numpy array",
                  r"numpy\(\) is only available when eager execution is enabled")
KERAS_TENSOR_TO_TF = (r"A KerasTensor cannot be used as input to a TensorFlow function",)


_USER_CODE_FRAME = re.compile(r'File "([^"]+)", line (\d+), in (\w+)')


def _deepest_cell_frame(evidence):
    """The innermost frame that runs notebook code: the line inside the user's function.

    AutoGraph runs a converted copy of the function from a generated file, so its frames are
    not the cell's; its error names the user's lines instead ("in user code: File ..., line
    14, in train_step"), which are read from the message.
    """
    from ..evidence import CellFrame

    for filename, lineno, function in reversed(_USER_CODE_FRAME.findall(evidence.message)):
        located = evidence.registry.body_line(filename, int(lineno))
        if located is not None:
            return CellFrame(located[0], located[1], filename, int(lineno), function)
    return evidence.deepest_raise_frame()


def _tracer(evidence, function: str) -> str:
    """What turned ``function`` into graph code, from the cells' code: a ``@tf.function``
    decorator, ``Dataset.map(function)``, or ``compile(loss=/metrics=...)``."""
    for _, _, _, tree in origins.cells_newest_first(evidence):
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == function:
                for decorator in node.decorator_list:
                    if astutil.call_name(decorator).endswith("function") or \
                            astutil.last_part(decorator) == "function":
                        return "tf.function"
            if not isinstance(node, ast.Call):
                continue
            part = astutil.last_part(node)
            passed = [a for a in node.args] + [kw.value for kw in node.keywords]
            reads = {n.id for a in passed for n in ast.walk(a) if isinstance(n, ast.Name)}
            if function not in reads:
                continue
            if part in ("map", "filter", "flat_map", "interleave", "reduce", "scan"):
                return f"Dataset.{part}"
            if part == "compile":
                loss = astutil.keyword(node, "loss")
                if loss is not None and function in origins.names_in(loss):
                    return "the loss"
                return "a metric"
            if part == "function":
                return "tf.function"
    return ""


_TRACER_SENTENCE = {
    "tf.function": "it runs inside a `tf.function`, which traces it into a graph",
    "the loss": "Keras traces the loss into its compiled train step (a graph)",
    "a metric": "Keras traces metrics into its compiled train step (a graph)",
}


def _traced_by(tracer: str) -> str:
    if tracer.startswith("Dataset."):
        return f"`{tracer}` traces the function into a graph"
    return _TRACER_SENTENCE.get(tracer, "it is traced into a graph")


def python_control_flow_on_tensor(evidence) -> Finding | None:
    """A Python ``if``/``while``/``for`` (or ``and``/``or``) on a symbolic tensor inside traced
    code: the cause is that line in the user's function, not the ``fit`` that traced it.

    ``OperatorNotAllowedInGraphError: Using a symbolic `tf.Tensor` as a Python `bool` is not
    allowed. You can attempt the following resolutions to the problem: ...``
    """
    frame = _deepest_cell_frame(evidence)
    if frame is None:
        return None
    iterating = "Iterating over" in evidence.message
    stmt = evidence.statement_at(frame.line, frame.label)
    construct = {ast.If: "`if`", ast.While: "`while`", ast.For: "`for` loop",
                 ast.Assert: "`assert`"}.get(type(stmt), "`for` loop" if iterating
                                             else "Python truth test")
    function = frame.function if frame.function not in ("<module>", "") else ""
    tracer = _tracer(evidence, function) if function else ""
    cell = None if evidence.in_this_cell(frame.label) else frame.label
    what = "iterates over" if iterating else "uses as a Python bool"
    owner = f"{function} " if function else "This code "
    return Finding(
        kind="other", severity="error", line=frame.line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (function, tracer) if c],
        summary=(f"{owner}{what} a symbolic tensor (a Python {construct} at "
                 f"{phrases.line_ref(frame.line, cell, evidence)}): {_traced_by(tracer)}, "
                 "where a tensor has no value to branch or loop on."),
        fix=("Write the branch or loop with tensor ops: `tf.where(cond, a, b)` / "
             "`keras.ops.where`, `tf.cond`, or vectorised ops over the whole batch "
             "(`tf.reduce_*`, `keras.ops.mean(...)`) instead of Python `if`/`for`."),
        rule="graph_code")


def numpy_in_graph(evidence) -> Finding | None:
    """``.numpy()`` (or ``np.array``) on a symbolic tensor inside ``tf.function`` or
    ``Dataset.map``: the cause is that line in the traced function.

    ``AttributeError: 'SymbolicTensor' object has no attribute 'numpy'``
    """
    frame = _deepest_cell_frame(evidence)
    if frame is None:
        return None
    stmt = evidence.statement_at(frame.line, frame.label)
    receiver = ""
    for node in ast.walk(stmt) if stmt is not None else ():
        if isinstance(node, ast.Attribute) and node.attr == "numpy":
            receiver = astutil.call_name(node.value) if not isinstance(node.value, ast.Call) \
                else ""
            break
    function = frame.function if frame.function not in ("<module>", "") else ""
    tracer = _tracer(evidence, function) if function else ""
    cell = None if evidence.in_this_cell(frame.label) else frame.label
    subject = f"{receiver}.numpy()" if receiver else "Reading a NumPy value"
    return Finding(
        kind="other", severity="error", line=frame.line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (receiver, function, "numpy", tracer) if c],
        summary=(f"{phrases.code(subject) if receiver else subject} at "
                 f"{phrases.line_ref(frame.line, cell, evidence)}"
                 + (f" in {function}" if function else "")
                 + f": {_traced_by(tracer)}, so the tensor is symbolic and has no value."),
        fix=("Keep the function in TensorFlow ops (`tf.reduce_max`, `tf.abs`, ...), use "
             "`tf.print` to log, return values and call `.numpy()` outside, or wrap NumPy code "
             "in `tf.numpy_function` / `tf.py_function`."),
        rule="graph_code")


def keras_tensor_into_tf_op(evidence) -> Finding | None:
    """A symbolic KerasTensor (from ``keras.Input`` or a layer call) handed to a raw
    TensorFlow function while building a functional model.

    ``ValueError: A KerasTensor cannot be used as input to a TensorFlow function. A KerasTensor
    is a symbolic placeholder for a shape and dtype, ...``
    """
    for stmt in raise_statements(evidence):
        for call in astutil.calls(stmt):
            name = astutil.call_name(call)
            if not name.startswith(("tf.", "tensorflow.")):
                continue
            for arg in list(call.args) + [kw.value for kw in call.keywords]:
                for read in origins.names_in(arg):
                    value = evidence.value(read)
                    if type(value).__name__ != "KerasTensor":
                        continue
                    made = origins.assignment(evidence, read)
                    line = evidence.body_line_of(stmt)
                    ops = name.split(".", 1)[1]
                    return Finding(
                        kind="other", severity="error", line=line,
                        raise_line=evidence.raise_line,
                        culprits=[read, ops.rsplit(".", 1)[-1], name],
                        summary=(f"{read} is a symbolic KerasTensor"
                                 + (f" (made at {made.where(evidence)})" if made else "")
                                 + f", and {phrases.code(name)} is a raw TensorFlow function: "
                                 "a Keras 3 functional model accepts only Keras layers and "
                                 "`keras.ops` on its symbolic tensors."),
                        fix=(f"Use `keras.ops.{ops.rsplit('.', 1)[-1]}(...)` (or a Keras layer "
                             "such as `Reshape`), or wrap the TensorFlow code in a custom "
                             "`keras.layers.Layer` whose `call` runs it."),
                        rule="graph_code")
    return None


CLOSED_SESSION = r"Attempted to use a closed Session"


def closed_session(evidence) -> Finding | None:
    """A session used after it was closed — often by the ``with Session() as sess:`` block
    that made it: the cause is where it was closed.

    ``RuntimeError: Attempted to use a closed Session.``
    """
    from .. import state

    session = evidence.frame_local("self", lambda v: hasattr(v, "graph") and
                                   hasattr(v, "run") and hasattr(v, "close"))
    if session is None:
        return None
    names = evidence.names_of(session)
    name = names[0] if names else "The session"
    closed = state.session_closed_at(evidence.timeline, session)
    if closed is not None:
        cell, line = closed.cell, closed.line
        summary = (f"{name} {phrases.closed_clause(closed, evidence)}; a closed session cannot "
                   "run anything.")
    else:
        in_code = _session_closed_in_code(evidence, names[0]) if names else None
        if in_code is None:
            return None
        cell, line, by_with, _ = in_code
        where = phrases.line_ref(line, cell, evidence)
        if by_with:
            summary = (f"{name} was bound by the `with ... as {name}:` block at {where}, and a "
                       "session's `with` block closes it when the block ends (the close itself "
                       "was not recorded); a closed session cannot run anything.")
        else:
            summary = (f"{name} is closed, and {where} calls {name}.close() (the close itself "
                       "was not recorded); a closed session cannot run anything.")
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(cell) else cell,
        culprits=[c for c in (names[0] if names else None, "closed") if c], summary=summary,
        fix=("Run the work inside the `with` block, or create the session without `with` "
             "(`sess = tf.compat.v1.Session()`) and close it when done."),
        rule="other")


def _session_closed_in_code(evidence, name: str):
    """(cell, line, by_with, False) from the cells' code when the timeline has no close: the
    ``with ... as name:`` statement that last bound the session (its end closed it), else a
    ``name.close()`` call after that binding."""
    made = origins.assignment(evidence, name)
    if made is None:
        return None
    if isinstance(made.node, ast.With):
        return made.cell, made.line, True, False
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        closes = [c for c in astutil.calls(tree)
                  if isinstance(c.func, ast.Attribute) and c.func.attr == "close"
                  and isinstance(c.func.value, ast.Name) and c.func.value.id == name]
        if label == made.cell:
            closes = [c for c in closes if c.lineno - offset > made.line]
        if closes:
            return label, closes[-1].lineno - offset, False, False
        if label == made.cell:
            break
    return None
