"""other: failures outside the named kinds with causes of their own (dtype mismatches, Python
code run on graph tensors, a closed session). The fallback for every other failure is the
general path (``diagnose/general.py``)."""

from __future__ import annotations

import ast
import re

from ...report import Finding
from .. import astutil, liveobjects, origins, phrases, provenance, values
from ..common import in_cell_label, makes_op, raise_statements


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


_FLOATS = frozenset({"float16", "bfloat16", "float32", "float64"})


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
    others = [(n, d) for n, d, _ in operands if d != dtype]
    trail, line, cell = _dtype_origin(evidence, name, dtype)
    if line is None:
        line, cell = stmt_line, None
    where = f" (made at {phrases.line_ref(line, cell, evidence)})" \
        if (line, cell) != (stmt_line, None) else ""
    two_floats = len(set(involved)) > 1 and all(d in _FLOATS for d in involved)
    odd_dtypes = {d for _, d, _ in operands if d != "float32"}
    undecided = len(set(involved)) > 1 and (len(odd_dtypes) != 1 or "float32" not in involved
                                            or _dtype_of_its_op(evidence, name))
    hard_coded = _float32_under_global_dtype(evidence, involved) if two_floats else None
    if hard_coded is not None:
        return _hard_coded_finding(evidence, op, *hard_coded)
    if two_floats or undecided:
        # Which operand came in wrong is read as the one not float32 where the op's other
        # side is float32 (the model's dtype). Which of two floating operands is wrong is a
        # judgment the evidence does not make (float64 NumPy data against a float32 model,
        # or a float32 constant under a float64/float16 policy; measured blind, moving to
        # one of them was wrong 5 times of 5); so is one with neither side float32 (an int32
        # against a float64), or with no operand of the other dtype read. The finding stays
        # at the op, naming both and where the odd-looking one was made.
        line, cell = stmt_line, None
    against = (f" while {others[0][0]} is {others[0][1]}" if others else "")
    if len(set(involved)) > 1:
        need = (f"{op or 'The op'} needs both operands in one dtype, but {name} is "
                f"{dtype}{where}{against}.")
    else:
        need = (f"{op or 'The op'} has no kernel for {dtype}, and {name} is {dtype}{where}.")
    if trail and len(trail) > 1:
        need += " Followed back: " + " <- ".join(item["text"] for item in trail) + "."
    cast_to = "float32"
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (name, dtype, op) if c],
        summary=need,
        fix=((f"Give both operands one dtype: cast {name} ({dtype}) or "
              f"{others[0][0] if others else 'the other operand'} "
              f"({others[0][1] if others else 'its dtype'}) with `tf.cast`, or make the one "
              "that should not differ in that dtype where it is made (a NumPy array's "
              "`.astype`, a constant's `dtype=`, the mixed-precision policy).")
             if two_floats or undecided else
             f"Convert {name} where it is made: `.astype(\"{cast_to}\")` on a NumPy array or "
             f"`tf.cast({name}, tf.{cast_to})`"
             + (" (and scale pixels with `/ 255.0`)." if dtype == "uint8" else ".")),
        rule="dtype", evidence=trail or [])


def _global_dtype_setting(evidence, dtype: str):
    """(cell, body line, call text) of the newest call in the cells that makes Keras compute in
    ``dtype`` process-wide: a mixed-precision policy (float16 / bfloat16) or
    ``set_floatx("float64")``; None when the cells set none."""
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        found = None
        for call in astutil.calls(tree):
            part = astutil.last_part(call)
            text = astutil.constant(call.args[0]) if call.args else None
            if not isinstance(text, str):
                continue
            if part in ("set_global_policy", "set_policy") and text.startswith("mixed") and \
                    text.endswith(dtype) or part == "set_floatx" and text == dtype:
                found = (label, call.lineno - offset, f'{part}("{text}")')
        if found is not None:
            return found
    return None


def _float32_under_global_dtype(evidence, involved):
    """(setting, name, chain) when two floating operands disagree, the cells set Keras's
    compute dtype process-wide to the other one (a mixed-precision policy, ``set_floatx``),
    and a float32 operand of the failing statement — inside the user's layer, loss or function
    too — was made float32 by the cells' own code, followed back to that statement (not a
    Keras layer's output, which follows the setting). That statement fixed float32 where the
    setting asked for another dtype."""
    others = [d for d in involved if d != "float32"]
    if "float32" not in involved or len(set(others)) != 1 or \
            others[0] not in ("float16", "bfloat16", "float64"):
        return None
    setting = _global_dtype_setting(evidence, others[0])
    if setting is None:
        return None
    frame = evidence.node_site() or evidence.deepest_raise_frame()
    stmt = evidence.statement_at(frame.line, frame.label) if frame is not None else None
    if stmt is None:
        return None
    scope = frame if frame.function not in ("", "<module>") else None
    if scope is None:
        return None   # at cell level the float32 side is the notebook's data, not a constant
    candidates = []
    for node in ast.walk(_value_part(stmt)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and \
                _value_dtype(evidence.value(node.id)) == "float32":
            candidates.append(node.id)
    for name in dict.fromkeys(candidates):
        trail = provenance.chain(evidence, name, keep=_keeps_dtype("float32"), frame=scope)
        origin = trail.origin
        if not trail.complete or not isinstance(origin.node, ast.AST) or \
                any(link.via.startswith("argument of") for link in trail.links):
            continue   # data passed in by a caller is what it is; the function's own value
        if _fixes_float32(origin.node):
            return setting, name, trail, others[0]
    return None


def _fixes_float32(node) -> bool:
    """Whether a statement makes a float32 value on its own terms: it names float32
    (``tf.cast(m, tf.float32)``, ``dtype="float32"``, ``np.float32``) or makes a constant from
    a literal (``tf.constant([1.0, 0.5])``, whose Python floats become float32)."""
    for part in ast.walk(node):
        if isinstance(part, ast.Attribute) and part.attr == "float32" or \
                isinstance(part, ast.Constant) and part.value == "float32":
            return True
        if isinstance(part, ast.Call) and astutil.last_part(part) in (
                "constant", "convert_to_tensor") and part.args and \
                isinstance(part.args[0], (ast.List, ast.Tuple, ast.Constant)):
            return True
    return False


def _hard_coded_finding(evidence, op, setting, name, trail, dtype) -> Finding:
    set_cell, set_line, set_text = setting
    origin = trail.origin
    made = origin.where(evidence)
    links = [provenance.fact(evidence, set_cell, set_line,
                             f"`{set_text}` makes Keras compute in {dtype}")]
    links += trail.as_evidence(evidence)
    return Finding(
        kind="other", severity="error", line=origin.line, raise_line=evidence.raise_line,
        cell=origin.cell, culprits=[c for c in (name, dtype, "float32", op) if c],
        summary=(f"{op or 'The op'} got a {dtype} and a float32 operand: `{set_text}` "
                 f"({phrases.line_ref(set_line, set_cell, evidence)}) makes Keras layers "
                 f"compute in {dtype}, but `{name}` is float32, made at {made} "
                 f"(`{origin.code}`), which fixes float32 whatever the setting."),
        fix=(f"Make `{name}` in the dtype of the values it meets: cast it to the other "
             "operand's dtype (`tf.cast(..., x.dtype)`, or a layer's `self.compute_dtype`; "
             "`keras.config.floatx()` for a set_floatx setting) instead of hard-coding float32."),
        rule="dtype", evidence=links)


# Ops whose output dtype is their own (indices, sizes): a value they made has the dtype it
# must have, so the operand to change is the other one.
OWN_DTYPE_OPS = frozenset({"argmax", "argmin", "shape", "size", "rank", "where", "top_k",
                           "unique", "searchsorted", "bincount", "string_to_hash_bucket_fast",
                           "range"})


def _dtype_of_its_op(evidence, name: str) -> bool:
    """Whether ``name`` was made (its chain's last link) by an op of ``OWN_DTYPE_OPS``."""
    origin = provenance.chain(evidence, name).origin
    value = getattr(origin.node, "value", None) if origin is not None else None
    return isinstance(value, ast.Call) and astutil.last_part(value) in OWN_DTYPE_OPS


def _keeps_dtype(dtype: str):
    """A ``keep`` predicate for ``provenance.chain``: the source still has ``dtype`` (or its
    dtype is not known)."""
    def keep(value):
        facts = values.facts(value)
        return facts is None or facts.dtype is None or facts.dtype == dtype
    return keep


def _dtype_origin(evidence, name: str, dtype: str):
    """(evidence links, body line, cell) of the statement that gave ``name`` its ``dtype``:
    the value followed back (``provenance.chain``) while its source has that dtype, to the
    statement that made it — verified by the made value's own dtype. A value made by calling a
    Keras layer or model has the layer's compute dtype: a mixed-precision policy set in the
    cells' code is where it came from. (None, None, None) when the chain is not complete."""
    trail = provenance.chain(evidence, name, keep=_keeps_dtype(dtype))
    origin = trail.origin
    if origin is None or not trail.complete:
        return None, None, None
    links = trail.as_evidence(evidence)
    policy = _policy_origin(evidence, origin, dtype)
    if policy is not None:
        links.append(policy)
        return links, policy["line"], policy["cell"]
    # The made value's own dtype, read when the binding is the one alive now (``facts``).
    facts = values.facts(evidence.value(origin.name)) if origin.facts else None
    if facts is None or facts.dtype != dtype:
        return None, None, None   # not known to be the odd dtype: no chain, no move
    return links, origin.line, origin.cell


def _policy_origin(evidence, origin, dtype: str) -> dict | None:
    """A float16/bfloat16 value made by calling a Keras layer or model: the line that set the
    mixed-precision policy (``set_global_policy("mixed_float16")``), as an evidence link."""
    if dtype not in ("float16", "bfloat16") or not isinstance(origin.node, ast.AST):
        return None
    calls = [c for c in ast.walk(origin.node) if isinstance(c, ast.Call)]
    if not any(_is_keras_layer(evidence.value(astutil.call_name(c.func)))
               for c in calls if isinstance(c.func, ast.Name)):
        return None
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        for call in astutil.calls(tree):
            if astutil.last_part(call) in ("set_global_policy", "set_policy") and call.args:
                text = astutil.constant(call.args[0])
                if isinstance(text, str) and text.startswith("mixed"):
                    line = call.lineno - offset
                    return {"cell": label, "line": line,
                            "text": f"the {text} policy set at "
                                    f"{phrases.line_ref(line, label, evidence)} makes Keras "
                                    f"layers compute in {dtype}"}
    return None


def _is_keras_layer(value) -> bool:
    return liveobjects.is_layer(value)


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
    line = frame.line
    unpacking = iterating and isinstance(stmt, ast.Assign) and \
        isinstance(stmt.targets[0], (ast.Tuple, ast.List)) and \
        not isinstance(stmt.value, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
    construct = {ast.If: "`if`", ast.While: "`while`", ast.For: "`for` loop",
                 ast.Assert: "`assert`"}.get(type(stmt), "`for` loop" if iterating
                                             else "Python truth test")
    if iterating and stmt is not None:
        loops = [g for node in ast.walk(stmt) if isinstance(
            node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
            for g in node.generators]
        if loops:
            # The statement starts a comprehension; its `for` clause may be on a later line.
            construct = "comprehension's `for`"
            line = loops[0].iter.lineno - (frame.lineno - frame.line)
    if unpacking:
        construct = f"unpacking `{ast.unparse(stmt.targets[0])} = ...`"
    function = frame.function if frame.function not in ("<module>", "") else ""
    tracer = _tracer(evidence, function) if function else ""
    cell = None if evidence.in_this_cell(frame.label) else frame.label
    if not iterating and not isinstance(stmt, (ast.If, ast.While, ast.Assert)) and \
            not _tests_truth(stmt):
        return _truth_test_in_library(evidence, frame, stmt, function, tracer)
    what = "iterates over" if iterating else "uses as a Python bool"
    owner = f"{function} " if function else "This code "
    # The traceback's frame is where the Python construct met the tensor: that statement is
    # the cause. Unpacking is not: the value has fewer parts than the code expects, and where
    # it got them is not on this line.
    links = [] if unpacking else [provenance.fact(
        evidence, cell, line, f"a Python {construct} on a symbolic tensor"
        + (f" in {function}" if function else "") + ", where the traceback raised")]
    where = phrases.line_ref(line, cell, evidence)
    if unpacking:
        summary = (f"{owner}unpacks a symbolic tensor ({construct} at {where}): "
                   f"{_traced_by(tracer)}, and the value there is one tensor, not a tuple; "
                   "unpacking it means iterating over it, which a graph tensor cannot do.")
        fix = ("Give the value the parts the code unpacks (a dataset passed to `fit` yields "
               "`(x, y)` only when it is made from a tuple, e.g. "
               "`Dataset.from_tensor_slices((features, labels))`), or unpack only what it has.")
    else:
        summary = (f"{owner}{what} a symbolic tensor (a Python {construct} at {where}): "
                   f"{_traced_by(tracer)}, where a tensor has no value to branch or loop on.")
        fix = ("Write the branch or loop with tensor ops: `tf.where(cond, a, b)` / "
               "`keras.ops.where`, `tf.cond`, or vectorised ops over the whole batch "
               "(`tf.reduce_*`, `keras.ops.mean(...)`) instead of Python `if`/`for`.")
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (function, tracer) if c], summary=summary, fix=fix,
        evidence=links,
        rule="graph_code")


def _tests_truth(stmt) -> bool:
    """Whether the statement's own code takes a truth value: ``and``/``or``/``not``, a
    conditional expression, a comprehension's ``if``, a chained comparison or ``bool(...)``."""
    for node in ast.walk(stmt) if stmt is not None else ():
        if isinstance(node, (ast.BoolOp, ast.IfExp)) or \
                isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not) or \
                isinstance(node, ast.comprehension) and node.ifs or \
                isinstance(node, ast.Compare) and len(node.ops) > 1 or \
                isinstance(node, ast.Call) and astutil.call_name(node) == "bool":
            return True
    return False


def _truth_test_in_library(evidence, frame, stmt, function, tracer) -> Finding:
    """The statement has no truth test of its own: the library code it calls took one. Which
    of the values that call reads (its arguments, or state such as a seed set earlier) is the
    symbolic one is not recorded, so the finding stays at the raise line and says so."""
    calls = [astutil.call_name(c) for c in astutil.calls(stmt)] if stmt is not None else []
    callee = next((c for c in calls if c), "")
    cell = None if evidence.in_this_cell(frame.label) else frame.label
    where = phrases.line_ref(frame.line, cell, evidence)
    subject = phrases.code(callee) if callee else "A library call"
    summary = (f"{subject} at {where}" + (f" in {function}" if function else "")
               + " took a Python bool of a symbolic tensor inside its own code (the line "
               f"itself tests nothing): {_traced_by(tracer)}, so one of the values that call "
               "reads — its arguments, or state it uses such as a seed or a setting made "
               "earlier — is a graph tensor where it needs a Python value.")
    fix = ("Check which value the call reads is a tensor in the traced function (pass Python "
           "numbers for settings, or use the API's tensor-taking form, e.g. a stateless random "
           "op with `seed=` for a per-call seed), or move the call outside the traced function.")
    return Finding(
        kind="other", severity="error", line=evidence.raise_line,
        raise_line=evidence.raise_line,
        culprits=[c for c in (callee, function, tracer) if c], summary=summary, fix=fix,
        evidence=[provenance.fact(evidence, cell, frame.line,
                                  f"{callee or 'a call'} took the truth value inside its "
                                  "own code")],
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
        evidence=[provenance.fact(evidence, cell, frame.line,
                                  f"{subject} on a symbolic tensor, where the traceback raised")],
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
                    made = provenance.assignment(evidence, read)
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
        how = "the session was closed (timeline)"
        summary = (f"{name} {phrases.closed_clause(closed, evidence)}; a closed session cannot "
                   "run anything.")
    else:
        in_code = _session_closed_in_code(evidence, names[0]) if names else None
        if in_code is None:
            return None
        cell, line, by_with, _ = in_code
        where = phrases.line_ref(line, cell, evidence)
        how = (f"`with ... as {name}:` bound it, and the block's end closes it" if by_with
               else f"{name}.close() is called")
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
        evidence=[provenance.fact(evidence, None if evidence.in_this_cell(cell) else cell,
                                  line, how)],
        rule="other")


def _session_closed_in_code(evidence, name: str):
    """(cell, line, by_with, False) from the cells' code when the timeline has no close: the
    ``with ... as name:`` statement that last bound the session (its end closed it), else a
    ``name.close()`` call after that binding."""
    made = provenance.assignment(evidence, name)
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


# ---------------------------------------------------------------- API contracts
TAPE_REUSED = r"A non-persistent GradientTape can only be used to compute one set of gradients"


def _is_tape(value) -> bool:
    return values.tf_class_named(type(value), "GradientTape")


def non_persistent_tape_reused(evidence) -> Finding | None:
    """A tape made without ``persistent=True`` asked for gradients a second time: the cause is
    where the tape was opened (the one place ``persistent=True`` goes). The opening comes from
    the timeline (the tape object's own event), else from the ``with`` statement that bound the
    tape's name; the earlier request is named when the code shows it.

    ``RuntimeError: A non-persistent GradientTape can only be used to compute one set of
    gradients (or jacobians)``
    """
    tape = evidence.frame_local("self", _is_tape)
    history = evidence.timeline.tape(tape) if tape is not None and evidence.timeline else None
    names = evidence.names_of(tape) if tape is not None else []
    call, receiver = origins.call_arguments(evidence, "gradient")
    if call is None:
        call, receiver = origins.call_arguments(evidence, "jacobian")
    name = receiver or (names[0] if names else None) or _local_name(evidence, tape)
    opened = None
    if history is not None and history.opened.line is not None:
        if history.opened.detail == "persistent":
            return None
        opened = (history.opened.cell, history.opened.line, "the timeline")
    elif name:
        made = provenance.assignment(evidence, name)
        if made is not None and isinstance(made.node, ast.With):
            opens = astutil.with_calls(made.node, lambda c: astutil.last_part(c) ==
                                       "GradientTape")
            persistent = [astutil.keyword(c, "persistent") for c in opens]
            if opens and not any(p is not None and astutil.constant(p) is True
                                 for p in persistent):
                opened = (made.cell, made.line, "the code")
    if opened is None:
        return None
    cell, line, source = opened
    cell = None if evidence.in_this_cell(cell) else cell
    tape_name = name or "the tape"
    earlier = _earlier_request(evidence, name, cell, line) if name else None
    links = [provenance.fact(evidence, None, evidence.raise_line,
                             f"`{tape_name}` asked for gradients a second time")]
    if earlier is not None:
        links.append({"cell": earlier[0], "line": earlier[1],
                      "text": f"first request: {phrases.line_ref(earlier[1], earlier[0], evidence)}"})
    links.append({"cell": cell, "line": line,
                  "text": f"`{tape_name}` opened without persistent=True "
                          f"({phrases.line_ref(line, cell, evidence)}, from {source})"})
    first = (f" after a first request at {phrases.line_ref(earlier[1], earlier[0], evidence)}"
             if earlier is not None else "")
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line, cell=cell,
        culprits=[c for c in (name, "GradientTape", "persistent") if c],
        summary=(f"{tape_name} was opened at {phrases.line_ref(line, cell, evidence)} without "
                 f"persistent=True, so it releases its record after one `gradient` call; it is "
                 f"asked again{first}."),
        fix=("Open it as `tf.GradientTape(persistent=True)` (and `del` it when done), or "
             "record each loss on its own tape."),
        rule="api_contract", evidence=links)


def _local_name(evidence, obj) -> str | None:
    """The name a cell frame of the traceback binds to ``obj`` (identity), innermost first."""
    if obj is None:
        return None
    for frame in reversed(evidence.tb_frames):
        if evidence.registry.is_cell(frame.f_code.co_filename):
            for key, value in frame.f_locals.items():
                if value is obj and not key.startswith("_"):
                    return key
    return None


def _earlier_request(evidence, name: str, cell: str | None, opened_line: int
                     ) -> tuple[str | None, int] | None:
    """(cell, body line) of the first ``name.gradient(...)``/``jacobian`` call after the tape
    was opened, in the cell that opened it, when it is not the failing call itself."""
    failing = {(None if evidence.in_this_cell(f.label) else f.label, f.line)
               for f in evidence.raise_frames}
    found = origins.cell(evidence, cell)
    if found is None:
        return None
    _, offset, tree = found
    lines = sorted({c.lineno - offset for c in astutil.calls(tree)
                    if isinstance(c.func, ast.Attribute)
                    and c.func.attr in ("gradient", "jacobian")
                    and isinstance(c.func.value, ast.Name) and c.func.value.id == name
                    and c.lineno - offset > opened_line})
    return next(((cell, line) for line in lines if (cell, line) not in failing), None)


INDEX_OUT_OF_RANGE = r"indices\[[\d,\s]*\] = -?\d+ is not in \[0, \d+\)"
_INDEX = re.compile(r"indices\[[\d,\s]*\] = (-?\d+) is not in \[0, (\d+)\)")


def index_past_embedding_rows(evidence) -> Finding | None:
    """An id past the rows of an ``Embedding``: the layer has ``N`` rows because of the size
    it was given; the cause is where that size was set — the binding of the name passed as
    ``input_dim`` (``VOCAB_SIZE = len(word_index)``), else the constructor call.

    ``InvalidArgumentError: indices[3,1] = 500 is not in [0, 500)``
    """
    match = _INDEX.search(evidence.message)
    if not match:
        return None
    index, rows = int(match.group(1)), int(match.group(2))
    layers = [(path, layer) for path, layer in evidence.user_layers()
              if type(layer).__name__ == "Embedding" and
              getattr(layer, "input_dim", None) == rows]
    named = evidence.node_layer()
    preferred = [item for item in layers if item[1].name == named] or layers
    if len({id(layer) for _, layer in preferred}) != 1:
        return None
    path, layer = preferred[0]
    built = origins.layer_constructor(evidence, layer, size=rows, keyword_names=("input_dim",))
    if built is None:
        return None
    links = [{"cell": None, "line": evidence.raise_line,
              "text": f"id {index} looked up in {layer.name}, which has {rows} rows"},
             {"cell": built.cell, "line": built.line,
              "text": f"{layer.name} built with input_dim={rows} at {built.where(evidence)}"}]
    line, cell = built.line, built.cell
    size = origins.size_argument(built.node, ("input_dim",))
    size_name = size.id if isinstance(size, ast.Name) else None
    if size_name:
        bound = provenance.assignment(evidence, size_name,
                                      before=(built.cell, built.line))
        bound_value = evidence.value(size_name)
        # A name read elsewhere too (the input's shape, the data's size) holds what those
        # uses need: passing it as input_dim is the mistake, not its value.
        if bound is not None and type(bound_value) is int and bound_value == rows and \
                not provenance.other_reads(evidence, size_name, (built.cell, built.line)):
            line, cell = bound.line, bound.cell
            links.append({"cell": cell, "line": line,
                          "text": f"{size_name} = {rows} set at {bound.where(evidence)}"})
    cell = None if evidence.in_this_cell(cell) else cell
    where = phrases.line_ref(line, cell, evidence)
    shared = ""
    if size_name and line == built.line:
        sized = f"{size_name} ({rows})"
        reads = provenance.other_reads(evidence, size_name, (built.cell, built.line))
        if reads:
            other_cell, other_line = reads[0]
            shared = (f" `{size_name}` is read at "
                      f"{phrases.line_ref(other_line, other_cell, evidence)} too, so its value "
                      "serves other uses; input_dim needs the number of distinct ids.")
    else:
        sized = f"{size_name} ({rows}, set at {where})" if size_name else f"{rows}"
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line, cell=cell,
        culprits=[c for c in (size_name, layer.name, str(rows), "input_dim") if c],
        summary=(f"Id {index} is past the rows of the Embedding {layer.name} (built at "
                 f"{built.where(evidence)} with input_dim={sized}): an Embedding of N rows "
                 f"takes ids 0..N-1, so the largest id in the data needs N > {index}."
                 + shared),
        fix=(f"Size the Embedding from the data: input_dim = largest id + 1 (often "
             f"`len(vocabulary) + 1` when id 0 is padding){' at ' + where if size_name else ''}."),
        rule="api_contract", evidence=links)


OTHER_GRAPH = (r"must be from the same graph as",)


def _graph_of(value):
    """The graph of a graph-mode tensor or variable (known TF types only), else None."""
    if not (type(value).__module__ or "").startswith("tensorflow"):
        return None
    try:
        return value.graph
    except Exception:  # noqa: BLE001 - an eager tensor has no graph
        return None


def tensor_from_replaced_graph(evidence) -> Finding | None:
    """A tensor made in a graph that was later replaced (``reset_default_graph``, a new
    ``tf.Graph().as_default()``) combined with tensors of the new graph: the cause is where
    the stale tensor was made — found as the value on the failing line whose graph is not the
    graph the other values live in, with the replacement that came after it.

    ``ValueError: Tensor("Const_2:0", shape=(), dtype=float32) must be from the same graph as
    Tensor("Mean:0", shape=(16,), dtype=float32) (graphs are <...> and <...>).``
    """
    from ..common import raise_statements

    statements = raise_statements(evidence)
    if not statements:
        return None
    # The values on the failing line, and those the message quotes by their tensor name
    # (``Tensor("class_weights:0", ...)``: a global a function on that line reads).
    quoted = set(re.findall(r'Tensor\("([^"]+)"', evidence.message))
    names = origins.names_in(statements[0]) + [
        name for name, value in evidence.user_ns.items()
        if _graph_of(value) is not None and getattr(value, "name", None) in quoted]
    graphs = {}
    for name in dict.fromkeys(names):
        graph = _graph_of(evidence.value(name))
        if graph is not None:
            graphs.setdefault(id(graph), []).append(name)
    if len(graphs) != 2:
        return None
    current = _graph_being_built(evidence)
    stale = [names for gid, names in graphs.items() if gid != current]
    fresh = [names for gid, names in graphs.items() if gid == current]
    if len(stale) != 1 or not fresh:
        return None
    name = stale[0][0]
    made = provenance.assignment(evidence, name)
    if made is None:
        return None
    reset = _graph_replaced_after(evidence, made)
    where = made.where(evidence)
    links = [{"cell": made.cell, "line": made.line,
              "text": f"{name} made at {where}, in the graph that was then the default"}]
    if reset is not None:
        links.append({"cell": reset[0], "line": reset[1],
                      "text": f"the default graph replaced at "
                              f"{phrases.line_ref(reset[1], reset[0], evidence)}"})
    after = (f"; the default graph was replaced at {phrases.line_ref(reset[1], reset[0], evidence)}"
             if reset is not None else "")
    return Finding(
        kind="other", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(made.cell) else made.cell,
        culprits=[c for c in (name, "reset_default_graph" if reset else None, fresh[0][0]) if c],
        summary=(f"{name} belongs to another graph (made at {where}){after}, and the failing "
                 f"line uses it together with {fresh[0][0]}, which lives in the graph being built: "
                 "ops can only join tensors of one graph."),
        fix=(f"Make {name} in the graph it is used with (inside its `with ...as_default():` "
             "block, or after the graph is replaced), or as a plain Python value."),
        rule="other", evidence=links)


def _graph_being_built(evidence) -> int | None:
    """id() of the graph the failing code builds in: the one the innermost enclosing
    ``with <graph>.as_default():`` of a failing-cell frame on the traceback names (a function
    called inside the block builds there too), else the default graph now."""
    import sys

    lines = [f.lineno for f in reversed(evidence.raise_frames) if f.filename == evidence.filename]
    for lineno in lines if evidence.tree is not None else []:
        for node in reversed(astutil.enclosing_withs(evidence.tree, lineno)):
            for call in astutil.with_calls(node, lambda c: astutil.last_part(c) == "as_default"):
                if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
                    graph = evidence.value(call.func.value.id)
                    if values.tf_class_named(type(graph), "Graph"):
                        return id(graph)
    tf = sys.modules.get("tensorflow")
    return id(tf.compat.v1.get_default_graph()) if tf is not None else None


def _graph_replaced_after(evidence, made):
    """(cell, body line) of a ``reset_default_graph()`` the cells ran after ``made``: in the
    same cell below it, or in a newer cell (cells run in their ``In[N]`` order)."""
    cells = origins.cells_newest_first(evidence)
    index = next((i for i, item in enumerate(cells) if item[0] == made.cell), None)
    if index is None:
        return None
    for label, _, offset, tree in cells[:index + 1]:
        for call in astutil.calls(tree):
            if astutil.last_part(call) == "reset_default_graph":
                line = call.lineno - offset
                if label != made.cell or line > made.line:
                    return label, line
    return None


TENSOR_ARRAY_SIZE = (r"Tried to write to index -?\d+ but array is not resizeable and size is: \d+",
                     r"Tried to read from index -?\d+ but array size is: \d+",
                     r"Trying to (?:modify|access) element -?\d+ in a list with \d+ elements")
_TA_SIZE = re.compile(r"index (-?\d+) but array (?:is not resizeable and )?size is: (\d+)|"
                      r"element (-?\d+) in a list with (\d+) elements")


def tensor_array_too_small(evidence) -> Finding | None:
    """A ``tf.TensorArray`` of fixed size written (or read) past its end: the cause is the
    ``TensorArray(...)`` call whose size is the one TensorArray reports — the one place
    ``dynamic_size=True`` or the right size goes — found in the cells' code by the value of its
    ``size`` argument (a constant followed to its binding).

    ``InvalidArgumentError: Tried to write to index 6 but array is not resizeable and size is:
    6``
    """
    match = _TA_SIZE.search(evidence.message)
    if not match:
        return None
    index, size = (int(g) for g in (match.groups()[:2] if match.group(1) is not None
                                    else match.groups()[2:]))
    found = []
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        for call in astutil.calls(tree):
            if astutil.last_part(call) != "TensorArray":
                continue
            given = astutil.keyword(call, "size")
            if given is None and len(call.args) > 1:
                given = call.args[1]
            if given is not None and origins.int_value(evidence, given) == size and \
                    astutil.keyword(call, "dynamic_size") is None:
                found.append((label, call.lineno - offset, given))
    if len(found) != 1:
        return None
    cell, line, given = found[0]
    where = phrases.line_ref(line, cell, evidence)
    sized = ast.unparse(given)
    links = [{"cell": None, "line": evidence.raise_line,
              "text": f"index {index} used on a TensorArray of size {size}"},
             {"cell": cell, "line": line,
              "text": f"TensorArray(size={sized}) = {size}, not dynamic, at {where}"}]
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(cell) else cell,
        culprits=[c for c in (sized, "TensorArray", "dynamic_size", str(size)) if c],
        summary=(f"The TensorArray made at {where} holds {size} elements (size={sized}) and "
                 f"cannot grow, but index {index} is used: the loop runs longer than the size "
                 "it was given."),
        fix=("Give it the loop's real length (`size=n_steps`) or `dynamic_size=True` at "
             f"{where}."),
        rule="api_contract", evidence=links)


# ---------------------------------------------------------------- a name rebound
def has_shadowed_name(evidence) -> bool:
    return _shadowed_name(evidence) is not None


def _shadowed_name(evidence):
    """(name, the type name the message quotes, its last binding, the binding before it) for
    a name the failing statement reads whose value has the type the message refuses, bound
    last by a statement that is not the raise line, and bound before that to a TensorFlow or
    Keras call (``lr = tf.train.exponential_decay(...)`` ... ``lr = 5e-05``); None otherwise."""
    def compute():
        from ..._tf.safe import is_tf_object

        statements = raise_statements(evidence)
        if not statements:
            return None
        message = evidence.message or ""
        found = []
        for name in origins.names_in(statements[0]):
            if not evidence.has_value(name):
                continue
            value = evidence.value(name, opaque=True)
            kind = type(value)
            quoted = f"{kind.__module__}.{kind.__name__}" if kind.__module__ == "numpy" \
                else kind.__name__
            if is_tf_object(value) or not re.search(rf"(?<![\w.]){re.escape(quoted)}\b",
                                                    message):
                continue
            last = provenance.assignment(evidence, name)
            if last is None:
                continue
            before = provenance.assignment(evidence, name, before=(last.cell, last.line))
            made = getattr(before.node, "value", None) if before is not None else None
            if not isinstance(made, ast.Call) or not \
                    (astutil.call_name(made.func) or "").startswith(("tf.", "keras.")):
                continue
            found.append((name, quoted, last, before))
        # Several names of one rebinding (``a, b = batch``) are one cause; two are not.
        places = {(item[2].cell, item[2].line) for item in found}
        return found[0] if len(places) == 1 else None

    return evidence.memo("shadowed_name", compute)


def shadowed_name(evidence) -> Finding | None:
    """A name that held a TensorFlow object (a placeholder, a decayed learning rate, a
    tensor) was rebound to something else — a loop's NumPy batch, a Python float — and the
    failing call got the new value where it needed the TensorFlow one: the cause is the
    rebinding, found from the value's type, the one the message refuses, and the two
    bindings in the cells' code.

    ``TypeError: Argument `fetch` = 5e-05 has invalid type "float" must be a string or
    Tensor. (Can not convert a float into a Tensor or Operation.)``
    """
    found = _shadowed_name(evidence)
    if found is None:
        return None
    name, quoted, last, before = found
    earlier = ast.unparse(before.node.value)
    if len(earlier) > 60:
        earlier = earlier[:57] + "..."
    now = last.where(evidence)
    then = before.where(evidence)
    links = [{"cell": last.cell, "line": last.line, "name": name,
              "text": f"`{name}` rebound, now a {quoted} ({now})"},
             {"cell": before.cell, "line": before.line, "name": name,
              "text": f"`{name}` = `{earlier}` before ({then})"}]
    return Finding(
        kind="other", severity="error", line=last.line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(last.cell) else last.cell, culprits=[name],
        summary=(f"'{name}' is a {quoted} on the failing line because {now} rebound it; "
                 f"before that it held `{earlier}` ({then}), the TensorFlow object this call "
                 "needs: the new value took over the name."),
        fix=(f"Give the new value its own name (or the TensorFlow object another one), so "
             f"'{name}' still holds `{earlier}` where it is used here."),
        evidence=links)


# ---------------------------------------------------------------- a fetch that is no tensor
REFUSED_FETCH = re.compile(r'Argument `fetch` = .* has invalid type "(\w+)"', re.S)


def refused_fetch(evidence) -> Finding | None:
    """``Session.run`` refuses a fetch that is not a tensor or an op (None, a Python number, an
    optimizer object): the cause is the statement that made the fetched value — found as the
    one name in the fetch argument whose value has the refused type, followed to where it was
    made (``provenance.made``).

    ``TypeError: Argument `fetch` = None has invalid type "NoneType". Cannot be None``
    """
    match = REFUSED_FETCH.search(evidence.message or "")
    statements = raise_statements(evidence)
    if match is None or not statements:
        return None
    refused = match.group(1)
    run, _ = origins.call_arguments(evidence, "run", statements[0])
    fetch = origins.argument(run, 0, "fetches") if run is not None else None
    if fetch is None:
        return None
    names = [n for n in origins.names_in(fetch) if evidence.has_value(n)
             and type(evidence.value(n, opaque=True)).__name__ == refused]
    if len(names) != 1:
        return None
    name = names[0]
    walked = provenance.made(evidence, name)
    if walked is None:
        return None
    origin = walked.origin
    what = "None" if refused == "NoneType" else f"a {refused}"
    hint = (f" (a `{refused}`'s training op is what its `minimize(loss)` returns)"
            if refused.endswith("Optimizer") else
            " (the call there returned None)" if refused == "NoneType" else "")
    line, cell = origin.line, origin.cell
    fix = (f"Make '{name}' the tensor or op to run at {origin.where(evidence)}, or fetch "
           "that tensor or op instead.")
    links = [provenance.fact(evidence, None, evidence.raise_line,
                             f"sess.run refused '{name}' ({refused})")] \
        + walked.as_evidence(evidence)
    summary = (f"sess.run was asked to fetch '{name}', which is {what}, made at "
               f"{origin.where(evidence)}{hint}; a fetch must be a tensor, an op or a "
               "structure of them.")
    ends = provenance.none_returned(evidence, origin)
    if ends is not None:
        # The call returned None because the function it called can end without returning
        # a value: its last statement is where the value to run was not returned.
        line, cell = ends.line, ends.cell
        summary += " " + _falls_off(evidence, ends)
        fix = (f"Return the op or tensor at the end of `{ends.function}` "
               f"({phrases.line_ref(ends.line, ends.cell, evidence)}).")
        links.append(_falls_off_link(evidence, ends))
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(cell) else cell, culprits=[name],
        summary=summary, fix=fix, evidence=links)


def has_none_from_function(evidence) -> bool:
    """The gate of ``none_from_function``: its chain holds (see there)."""
    return _none_from_function(evidence) is not None


def _none_from_function(evidence):
    """(name, its chain, FallsOff) when the failing statement of the cell reads exactly one
    name bound to None, and that None came from a call of a function the cells define that
    can end without returning a value."""
    def compute():
        statements = raise_statements(evidence)
        frame = evidence.deepest_raise_frame()
        if not statements or frame is None or not evidence.in_this_cell(frame.label) or \
                frame.function not in ("", "<module>"):
            return None
        read = [n.id for n in ast.walk(statements[0])
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
        nones = [n for n in dict.fromkeys(read)
                 if evidence.has_value(n) and evidence.value(n, opaque=True) is None]
        if len(nones) != 1:
            return None
        walked = provenance.made(evidence, nones[0])
        ends = provenance.none_returned(evidence, walked.origin) if walked else None
        return (nones[0], walked, ends) if ends is not None else None

    return evidence.memo("other.none_from_function", compute)


def none_from_function(evidence) -> Finding | None:
    """A value used where None does not work, bound from a call of a function the cells
    define that can end without a ``return``: the function's last statement is where the
    value was not returned.

    ``AttributeError: 'NoneType' object has no attribute 'fit'``
    """
    found = _none_from_function(evidence)
    if found is None:
        return None
    name, walked, ends = found
    from ..general import sentence

    return Finding(
        kind="other", severity="error", line=ends.line, raise_line=evidence.raise_line,
        cell=ends.cell, culprits=[name, ends.function],
        summary=(f"{evidence.error_type}: {sentence(evidence)} `{name}` is None, bound at "
                 f"{walked.origin.where(evidence)} from a call of `{ends.function}`. "
                 + _falls_off(evidence, ends)),
        fix=(f"Return the value at the end of `{ends.function}` "
             f"({phrases.line_ref(ends.line, ends.cell, evidence)})."),
        evidence=walked.as_evidence(evidence) + [_falls_off_link(evidence, ends)])


OUT_OF_SCOPE = re.compile(r"<tf\.Tensor '([\w/.\-]+?)(?:_\d+)?:\d+'[^>]*> is out of scope and "
                          r"cannot be used here")


def tensor_kept_past_its_graph(evidence) -> Finding | None:
    """A graph tensor kept in Python state — appended to a list, stored on ``self`` — by code
    TensorFlow traces (a ``tf.function``, a Keras metric's ``update_state``, a layer's
    ``call``), then read from another graph: the statement that stored it, found as the one
    store in the cells' functions whose call makes the op the message names.

    ``InaccessibleTensorError: <tf.Tensor 'Maximum:0' shape=() dtype=float32> is out of scope
    and cannot be used here. Use return values, explicit Python locals or TensorFlow
    collections to access it.``
    """
    match = OUT_OF_SCOPE.search(evidence.message)
    if not match:
        return None
    op = match.group(1).rsplit("/", 1)[-1]
    stores = []
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        for func in astutil.function_defs(tree):
            if func.name in ("__init__", "build"):
                continue
            for stmt in astutil.statements(func):
                kept = _kept_value(stmt)
                if kept is not None and _makes(kept[2], op):
                    stores.append((label, stmt.lineno - offset, kept[0], kept[1], func.name))
    if len(stores) != 1:
        return None
    cell, line, holder, where_kept, function = stores[0]
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line, cell=cell,
        culprits=[holder, function, match.group(1)],
        summary=(f"`{function}` keeps the tensor '{match.group(1)}' in {where_kept} "
                 f"({phrases.line_ref(line, cell, evidence)}): the function is traced into a "
                 "graph, so what it stores in Python state is a graph tensor, which no other "
                 "graph (or eager code) may use."),
        fix=("Return the value instead of storing it, or keep state in a variable "
             "(`self.add_variable(...)` / `tf.Variable`, updated with `.assign(...)`); collect "
             "per-step values in a `tf.TensorArray` inside the function."),
        evidence=[provenance.fact(evidence, cell, line,
                                  f"the one statement of the cells' functions that stores a "
                                  f"{op} result in {where_kept}")],
        rule="graph_code")


# The graph op names Python's operators give (``a - b`` -> ``sub``, ``a / b`` -> ``truediv``).
OPERATOR_OPS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "truediv",
                ast.FloorDiv: "floordiv", ast.Mod: "mod", ast.Pow: "pow", ast.MatMult: "matmul"}


def _makes(value, op: str) -> bool:
    """Whether the expression's outermost operation makes the op named ``op``: a TensorFlow
    call (``makes_op``) or a Python operator on tensors."""
    if isinstance(value, ast.Call):
        return makes_op(value, op)
    if isinstance(value, ast.BinOp):
        return OPERATOR_OPS.get(type(value.op)) == op.lower()
    return False


def _kept_value(stmt):
    """(holder, where, value) for ``x.append(value)`` or ``self.attr = value``, else None."""
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and \
            isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "append" \
            and len(stmt.value.args) == 1:
        holder = ast.unparse(stmt.value.func.value)
        return holder, f"the list `{holder}`", stmt.value.args[0]
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
            isinstance(stmt.targets[0], ast.Attribute) and \
            isinstance(stmt.targets[0].value, ast.Name) and stmt.targets[0].value.id == "self":
        holder = f"self.{stmt.targets[0].attr}"
        return holder, f"`{holder}`", stmt.value
    return None


def has_none_from_static_shape(evidence) -> bool:
    """The gate of ``none_from_static_shape``: its chain holds (see there)."""
    return _none_from_static_shape(evidence) is not None


def _reads_static_shape(node) -> str:
    """The tensor expression whose static shape ``node`` reads (``img.shape``, ``x.shape[1]``,
    ``x.get_shape()``, ``x.shape.as_list()``), else ""."""
    for part in ast.walk(node):
        if isinstance(part, ast.Attribute) and part.attr == "shape":
            return ast.unparse(part.value)
        if isinstance(part, ast.Call) and isinstance(part.func, ast.Attribute) and \
                part.func.attr == "get_shape":
            return ast.unparse(part.func.value)
    return ""


def _none_from_static_shape(evidence):
    """(name, its binding Origin, the tensor expression, function) when the statement that
    raised reads a name that is None there, and the statement binding it (earlier in the same
    function, or at cell level) read a tensor's static ``.shape``: a size TensorFlow knows only
    when the graph runs is None in the static shape."""
    def compute():
        frame = _deepest_cell_frame(evidence)
        stmt = evidence.statement_at(frame.line, frame.label) if frame is not None else None
        if stmt is None:
            return None
        function = frame.function if frame.function not in ("<module>", "") else ""
        scope = _frame_locals(evidence, function) if function else None
        read = [n.id for n in ast.walk(_value_part(stmt))
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
        for name in dict.fromkeys(read):
            if function:
                if scope is None or name not in scope or scope[name] is not None:
                    continue
                origin = origins.assignment_in_function(evidence, name, function)
                if origin is None or origin.line >= frame.line or \
                        origin.cell != in_cell_label(evidence, frame.label):
                    continue
            else:
                if not evidence.has_value(name) or evidence.value(name, opaque=True) is not None:
                    continue
                origin = provenance.assignment(evidence, name)
                if origin is None:
                    continue
            tensor = _reads_static_shape(_value_part(origin.node))
            if tensor:
                return name, origin, tensor, function, frame
        return None

    return evidence.memo("other.none_from_static_shape", compute)


def _frame_locals(evidence, function: str):
    """The locals of the innermost traceback frame running ``function`` (AutoGraph's copy of
    it is named ``tf__<function>`` and keeps the function's local names), or None."""
    for frame in reversed(evidence.tb_frames):
        if frame.f_code.co_name in (function, f"tf__{function}"):
            return frame.f_locals
    return None


def none_from_static_shape(evidence) -> Finding | None:
    """A size read from a tensor's static shape is None — inside a traced function (a
    ``Dataset.map`` function, a ``tf.function``) or on a Keras symbolic tensor, a dimension
    known only when the graph runs has no static value — and Python arithmetic or a shape
    argument then meets None.

    ``TypeError: unsupported operand type(s) for //: 'NoneType' and 'int'``
    """
    found = _none_from_static_shape(evidence)
    if found is None:
        return None
    name, origin, tensor, function, frame = found
    from ..general import sentence

    cell = None if evidence.in_this_cell(origin.cell) else origin.cell
    where = phrases.line_ref(origin.line, cell, evidence)
    tracer = _tracer(evidence, function) if function else ""
    inside = (f" inside {phrases.code(function)} ({_traced_by(tracer)})" if function else "")
    return Finding(
        kind="other", severity="error", line=origin.line, raise_line=evidence.raise_line,
        cell=cell, culprits=[c for c in (name, tensor, "shape", function) if c],
        summary=(f"{evidence.error_type}: {sentence(evidence)} `{name}` is None: it was read at "
                 f"{where}{inside} from `{tensor}`'s static shape, where a size known only when "
                 "the graph runs is None."),
        fix=(f"Read the run-time size with `tf.shape({tensor})` (a tensor, usable in ops such "
             f"as `tf.image.resize` or arithmetic), or set a static shape first "
             f"(`{tensor}.set_shape(...)` / `tf.ensure_shape`) when the size is fixed."),
        evidence=[provenance.fact(evidence, cell, origin.line,
                                  f"`{name}` read from `{tensor}`'s static shape"),
                  provenance.fact(evidence, in_cell_label(evidence, frame.label), frame.line,
                                  f"`{name}` is None where the traceback raised")])


def _falls_off_link(evidence, ends) -> dict:
    """The evidence link of a function that can end without a return (its last statement)."""
    return provenance.fact(evidence, ends.cell, ends.line,
                           f"`{ends.function}` can end here without a return")


def _falls_off(evidence, ends) -> str:
    """"`make_op` (defined at line 1 of In[2]) has no return with a value: ..."."""
    defined = phrases.line_ref(ends.def_line, ends.cell, evidence)
    after = phrases.line_ref(ends.line, ends.cell, evidence)
    if ends.returns_value:
        return (f"`{ends.function}` (defined at {defined}) can end without a return: after "
                f"its last statement ({after}) Python returns None.")
    return (f"`{ends.function}` (defined at {defined}) has no return with a value, so every "
            f"call returns None (its last statement is at {after}).")


# ---------------------------------------------------------------- keys a call does not take
# The keys a message says the call did not take: the keyword arguments Keras or Python refuse,
# or the keys of a dict Keras expected others in.
WRONG_KEYS = (re.compile(r"Argument\(s\) not recognized: (\{.*\})"),
              re.compile(r"[Uu]nrecognized keyword arguments(?: passed to \w+)?: "
                         r"(\{.*\}|\[.*\])"),
              re.compile(r"got an unexpected keyword argument '(\w+)'"),
              re.compile(r"but found \w+\.keys\(\)=(\[.*?\])"))


def has_wrong_key_written(evidence) -> bool:
    """The gate of ``wrong_key_written``: its chain holds (see there)."""
    return _wrong_key_written(evidence) is not None


def _wrong_keys(message: str) -> list[str]:
    for pattern in WRONG_KEYS:
        match = pattern.search(message)
        if match is None:
            continue
        text = match.group(1)
        if not text.startswith(("{", "[")):
            return [text]
        try:
            parsed = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return []
        keys = list(parsed) if isinstance(parsed, (dict, list)) else []
        return [k for k in keys if isinstance(k, str)]
    return []


# A feature of a parse spec that the records do not fit ("Key: kp/x.  Data types don't
# match"): the spec's entry for that key says what the parser expects.
PARSE_KEY = (re.compile(r"Key: (\S+?)\.\s+(?:Can't parse serialized|Data types don't match|"
                        r"Number of (?:float|int64|bytes) values)"),
             re.compile(r"Feature: (\S+) \(data type: \w+\) is required but could not be "
                        r"found"))
PARSE_FEATURES = frozenset({"FixedLenFeature", "VarLenFeature", "FixedLenSequenceFeature",
                            "RaggedFeature", "SparseFeature"})


def _parse_keys(message: str) -> list[str]:
    for pattern in PARSE_KEY:
        match = pattern.search(message)
        if match:
            return [match.group(1)]
    return []


def _is_parse_spec(node: ast.Dict) -> bool:
    """A dict literal whose values are parse features (``tf.io.FixedLenFeature(...)``)."""
    calls = [v for v in node.values if isinstance(v, ast.Call)]
    return bool(calls) and all(astutil.last_part(c) in PARSE_FEATURES for c in calls)


def _wrong_key_written(evidence):
    """(keys, Origin of the dict entry, whether they come from a parse error) when the keys
    the message refuses are all keys of exactly one dict literal the cells wrote before the
    failure (for a parse error: exactly one parse spec), and not keyword arguments of the
    failing statement itself (there the raise line is the place)."""
    def compute():
        keys = _wrong_keys(evidence.message)
        spec_only = not keys
        keys = keys or _parse_keys(evidence.message)
        statements = raise_statements(evidence)
        if not keys or not statements:
            return None
        written = {k.arg for node in ast.walk(statements[0]) if isinstance(node, ast.Call)
                   for k in node.keywords}
        if written & set(keys):
            return None
        limit = origins.raise_limit(evidence)
        found = []
        for label, _, offset, tree in origins.cells_newest_first(evidence):
            for node in ast.walk(tree):
                if not isinstance(node, ast.Dict) or (label is None and limit is not None
                                                      and node.lineno >= limit) or \
                        (spec_only and not _is_parse_spec(node)):
                    continue
                names = {k.value: k for k in node.keys
                         if isinstance(k, ast.Constant) and isinstance(k.value, str)}
                if all(k in names for k in keys):
                    at = names[keys[0]] if len(keys) == 1 else node
                    found.append(origins.Origin(label, at.lineno - offset, node))
        return (keys, found[0], spec_only) if len(found) == 1 else None

    return evidence.memo("other.wrong_key_written", compute)


def wrong_key_written(evidence) -> Finding | None:
    """The keys a call refuses (``lr`` for Keras 3's ``learning_rate``, a loss dict keyed by
    other names than the outputs) were written in one dict literal of the cells: that entry is
    where the refused key comes from.

    ``ValueError: Argument(s) not recognized: {'lr': 0.003}``
    """
    found = _wrong_key_written(evidence)
    if found is None:
        return None
    keys, made, parse_error = found
    from ..general import failing_call, sentence

    call = failing_call(evidence)
    quoted = phrases.quote(keys, empty="a key")
    if parse_error:
        # A parse spec's feature that the records do not fit.
        return Finding(
            kind="other", severity="error", line=made.line, raise_line=evidence.raise_line,
            cell=made.cell, culprits=keys,
            summary=(f"{evidence.error_type}: {sentence(evidence)} The parse spec's entry for "
                     f"{quoted} is at {made.where(evidence)}: it says what the parser expects "
                     "of that feature (dtype, length), and the records hold something else."),
            fix=(f"Make the entry for {quoted} at {made.where(evidence)} match how the records "
                 "were written (the feature's dtype and length), or write the records to "
                 "match it."),
            evidence=[provenance.fact(evidence, None, evidence.raise_line,
                                      f"{quoted} did not parse"),
                      provenance.fact(evidence, made.cell, made.line,
                                      f"{quoted} in the parse spec")])
    return Finding(
        kind="other", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=made.cell, culprits=keys + ([call] if call else []),
        summary=(f"{phrases.code(call) if call else evidence.error_type} refuses {quoted}: "
                 f"{sentence(evidence)} {quoted} {phrases.is_are(keys)} written in the dict at "
                 f"{made.where(evidence)}."),
        fix=(f"Rename {quoted} at {made.where(evidence)} to what the call takes (the message "
             "says what it expected, or see the call's documented arguments)."),
        evidence=[provenance.fact(evidence, None, evidence.raise_line, f"{quoted} refused"),
                  provenance.fact(evidence, made.cell, made.line, f"{quoted} written")])


NOT_IN_SESSION_GRAPH = (r"Argument `fetch` = [\s\S]*cannot be interpreted as a Tensor\. "
                        r"\([\s\S]*is not an element of this graph")


def session_without_graph(evidence) -> Finding | None:
    """A fetch made in a graph of its own (``with graph.as_default():``) run by a session
    created without ``graph=``, which runs the default graph: the cause is the session's
    creation — found as the session's binding (a ``Session()`` call given no graph) and the
    fetched tensor's graph, which is not the session's.

    ``ValueError: Argument `fetch` = Tensor("add:0", shape=(), dtype=float32) cannot be
    interpreted as a Tensor. (Tensor Tensor("add:0", shape=(), dtype=float32) is not an
    element of this graph.)``
    """
    from ..._tf import hooks
    from ..._tf.safe import is_tf_object

    session = evidence.frame_local("self", hooks.is_session)
    statements = raise_statements(evidence)
    if session is None or not statements:
        return None
    run, receiver = origins.call_arguments(evidence, "run", statements[0])
    if run is None or receiver is None or not run.args:
        return None
    if evidence.value(receiver, opaque=True) is not session:
        return None
    graph = session.graph
    fetched = [n for n in origins.names_in(run.args[0]) if evidence.has_value(n)
               and is_tf_object(evidence.value(n, opaque=True))
               and getattr(evidence.value(n), "graph", graph) is not graph]
    made = provenance.made(evidence, receiver)
    if len(fetched) != 1 or made is None:
        return None
    call = provenance.value_of(made.origin)
    if not isinstance(call, ast.Call) or astutil.last_part(call) not in (
            "Session", "InteractiveSession") or len(call.args) > 1 or \
            astutil.keyword(call, "graph") is not None:
        return None
    tensor = fetched[0]
    origin = made.origin
    tensor_made = provenance.made(evidence, tensor)
    links = made.as_evidence(evidence) + [provenance.fact(
        evidence, origin.cell, origin.line, f"`{receiver}` created without `graph=`: it runs "
        "the default graph")] + (tensor_made.as_evidence(evidence) if tensor_made else [])
    return Finding(
        kind="other", severity="error", line=origin.line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(origin.cell) else origin.cell,
        culprits=[receiver, tensor, "graph"],
        summary=(f"'{tensor}' belongs to a graph of its own, but the session `{receiver}` was "
                 f"created at {origin.where(evidence)} without `graph=`, so it runs the default "
                 "graph, which does not hold that tensor."),
        fix=("Create the session on the tensor's graph: `tf.compat.v1.Session(graph=...)` "
             "with the graph the model was built in (or build the model in the default "
             "graph)."),
        evidence=links)


# ---------------------------------------------------------------- a shard for a checkpoint
SHARD_FILE = re.compile(r"Unable to open table file (\S+?\.(?:data-\d+-of-\d+|index)):")


def checkpoint_path_is_a_shard(evidence) -> Finding | None:
    """``Saver.restore`` given the path of one of a checkpoint's files (``ckpt.data-00000-of-
    00001``, ``ckpt.index``) instead of its prefix (``ckpt``): the cause is where that path
    was made, followed from the restore's argument (``provenance.made``).

    ``DataLossError: Unable to open table file /tmp/run/model.ckpt.data-00000-of-00001:
    DATA_LOSS: not an sstable (bad magic number)``
    """
    match = SHARD_FILE.search(evidence.message or "")
    statements = raise_statements(evidence)
    if match is None or not statements:
        return None
    path = match.group(1)
    prefix = re.sub(r"\.(data-\d+-of-\d+|index)$", "", path)
    restores = [c for c in ast.walk(statements[0]) if isinstance(c, ast.Call)
                and astutil.last_part(c) in ("restore", "read")]
    argument = (restores[0].args[1] if restores and len(restores[0].args) > 1 else
                astutil.keyword(restores[0], "save_path") if restores else None)
    walked = provenance.made(evidence, argument.id) \
        if isinstance(argument, ast.Name) and evidence.value(argument.id) == path else None
    origin = walked.origin if walked is not None else None
    line, cell = (origin.line, origin.cell) if origin is not None else (evidence.raise_line, None)
    where = phrases.line_ref(line, cell, evidence)
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(cell) else cell,
        culprits=[c for c in (origin.name if origin else None, path) if c],
        summary=(f"The restore was given '{path}', one file of the checkpoint, made at {where}; "
                 f"a checkpoint is named by its prefix ('{prefix}'), from which TensorFlow "
                 "finds the .index and .data files itself."),
        fix=(f"Pass the prefix '{prefix}' (e.g. `tf.train.latest_checkpoint(directory)`)"
             + (f" at {where}." if origin is not None else ".")),
        evidence=([provenance.fact(evidence, None, evidence.raise_line,
                                   f"restore read '{path}' as a checkpoint")]
                  + walked.as_evidence(evidence)) if walked is not None else [])


# ---------------------------------------------------------------- a model loaded uncompiled
NOT_COMPILED = r"You must call `compile\(\)` before using the model"


def loaded_without_compile(evidence) -> Finding | None:
    """Keras refuses to train or evaluate a model that was never compiled, and the model the
    failing call uses was bound by ``load_model(..., compile=False)``: that load is the cause
    (the saved training configuration was dropped there).

    ``ValueError: You must call `compile()` before using the model.``
    """
    from ..general import failing_call

    receiver = failing_call(evidence).rpartition(".")[0]
    if not receiver.isidentifier():
        return None
    made = provenance.assignment(evidence, receiver)
    value = getattr(made.node, "value", None) if made is not None else None
    if not isinstance(value, ast.Call) or astutil.last_part(value) != "load_model":
        return None
    flag = astutil.keyword(value, "compile")
    if not (isinstance(flag, ast.Constant) and flag.value is False):
        return None
    where = made.where(evidence)
    return Finding(
        kind="other", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=made.cell, culprits=[receiver, "compile", "load_model"],
        summary=(f"{phrases.code(receiver)} was loaded with `compile=False` at {where}, which "
                 "drops the saved optimizer, loss and metrics, and no `compile()` ran on it "
                 "since, so Keras cannot train or evaluate it."),
        fix=(f"Load with `compile=True` (the default) at {where}, or call "
             f"`{receiver}.compile(optimizer=..., loss=...)` before training."),
        evidence=[provenance.fact(evidence, made.cell, made.line,
                                  f"{receiver} = load_model(..., compile=False)")],
        rule="api_contract")


# ---------------------------------------------------------------- an argument value refused
RECEIVED = re.compile(r"Received: (\w+)=(.+?)\.?\s*$", re.M)


def has_refused_literal(evidence) -> bool:
    """The gate of ``refused_argument_literal``: its chain holds (see there)."""
    return _refused_literal(evidence) is not None


def _refused_literal(evidence):
    """(parameter, quoted value, name, its binding, its chain, the refusing call) or None."""
    def compute():
        match = RECEIVED.search(evidence.message)
        stmt = _deepest_statement(evidence)
        if not match or stmt is None:
            return None
        parameter, quoted = match.group(1), match.group(2).strip()
        for call in (n for n in ast.walk(stmt) if isinstance(n, ast.Call)):
            given = astutil.keyword(call, parameter) or _positional(evidence, call, parameter)
            if not isinstance(given, ast.Name):
                continue
            value = evidence.value(given.id)
            if type(value) not in (str, int, float) or str(value).strip() != quoted:
                continue
            walked = provenance.made(evidence, given.id)
            if walked is None:
                return None
            made = walked.origin
            if made.cell is None and made.line == evidence.raise_line:
                return None
            return parameter, quoted, given.id, made, walked, astutil.call_name(call.func)
        return None

    return evidence.memo("other.refused_literal", compute)


def _deepest_statement(evidence):
    """The statement of the traceback's deepest cell frame (inside a function the cells
    define, or the failing cell's own statement)."""
    frame = evidence.deepest_raise_frame()
    if frame is None:
        return None
    if evidence.in_this_cell(frame.label) and frame.function in ("", "<module>"):
        statements = raise_statements(evidence)
        return statements[0] if statements else None
    return evidence.statement_at(frame.line, in_cell_label(evidence, frame.label))


def _refused_at(evidence, text: str) -> dict:
    """The link of the refusing call: the deepest cell frame of the traceback."""
    frame = evidence.deepest_raise_frame()
    if frame is None:
        return provenance.fact(evidence, None, evidence.raise_line, text)
    return provenance.fact(evidence, in_cell_label(evidence, frame.label), frame.line, text)


def _positional(evidence, call: ast.Call, parameter: str):
    """The positional argument of ``call`` bound to ``parameter``, by the signature of the
    callee when it is a TensorFlow or Keras callable (read, never called)."""
    import inspect

    callee = evidence.eval_node(call.func) if call.args else None
    module = getattr(callee, "__module__", "") or ""
    if callee is None or not module.startswith(("keras", "tensorflow", "tf_keras")):
        return None
    try:
        names = [p.name for p in inspect.signature(callee).parameters.values()
                 if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    except (TypeError, ValueError):
        return None
    if parameter in names and names.index(parameter) < len(call.args):
        return call.args[names.index(parameter)]
    return None


def refused_argument_literal(evidence) -> Finding | None:
    """Keras refuses an argument's value and quotes it ("Received: filepath=..."), the refusing
    call (on the deepest cell frame: the failing line, or inside a function the cells define)
    passes that argument as a name holding the quoted value, and the name's chain
    (``provenance.made``) reaches the statement that made it at an earlier line: there the
    refused value was made, so it is the cause.

    ``ValueError: When using `save_weights_only=True` in `ModelCheckpoint`, the filepath
    provided must end in `.weights.h5` (Keras weights format). Received: filepath=/tmp/m.ckpt``
    """
    from ..general import _sentence_end

    found = _refused_literal(evidence)
    if found is None:
        return None
    parameter, quoted, name, made, walked, call = found
    where = made.where(evidence)
    sentence = RECEIVED.sub("", evidence.parsed.sentence or "").strip()
    literal = isinstance(getattr(made.node, "value", None), (ast.Constant, ast.JoinedStr))
    return Finding(
        kind="other", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=made.cell, culprits=list(dict.fromkeys([made.name, name, parameter])),
        summary=(f"{phrases.code(call or 'the call')} refuses "
                 f"`{parameter}={quoted}`" + (f": {_sentence_end(sentence)}" if sentence else ".")
                 + f" That value is {phrases.code(made.name)}, "
                 + ("written" if literal else f"made by `{made.code}`") + f" at {where}."),
        fix=f"Change the value of {phrases.code(made.name)} at {where} to one the call accepts.",
        evidence=[_refused_at(evidence, f"{parameter}={name} refused")]
        + walked.as_evidence(evidence),
        rule="api_contract")


# ---------------------------------------------------------------- a distribution strategy's scope
STRATEGY_SCOPE = (r"Mixing different tf\.distribute\.Strategy objects",
                  r"Need to be inside \"with strategy\.scope\(\)\"")


def outside_strategy_scope(evidence) -> Finding | None:
    """A model trained under a distribution strategy whose own binding or whose optimizer's
    was made outside every ``with <strategy>.scope():`` block, while the other was made inside
    one: the one made outside holds variables of the default strategy, and Keras refuses to mix
    them. The cause is that binding (exactly one outside, read from the cells' code).

    ``RuntimeError: Mixing different tf.distribute.Strategy objects: <...MirroredStrategy ...>
    is not <..._DefaultDistributionStrategy ...>``
    """
    from ..general import _sentence_end, failing_call

    receiver = failing_call(evidence).rpartition(".")[0]
    model = evidence.value(receiver) if receiver.isidentifier() else None
    if model is None or not hasattr(model, "layers"):
        return None
    candidates = [(receiver, model)]
    optimizer = getattr(model, "optimizer", None)
    names = evidence.names_of(optimizer) if optimizer is not None else []
    if names:
        candidates.append((names[0], optimizer))
    placed = []
    for name, _ in candidates:
        made = provenance.assignment(evidence, name)
        if made is None:
            return None
        placed.append((name, made, _inside_scope(evidence, made)))
    outside = [p for p in placed if not p[2]]
    if len(outside) != 1 or len(outside) == len(placed) and not _any_scope(evidence):
        return None
    name, made, _ = outside[0]
    where = made.where(evidence)
    others = [f"{phrases.code(n)} ({m.where(evidence)})" for n, m, inside in placed if inside]
    return Finding(
        kind="other", severity="error", line=made.line, raise_line=evidence.raise_line,
        cell=made.cell, culprits=[name, "strategy.scope"],
        summary=(f"{phrases.code(name)} was made at {where}, outside every "
                 "`with strategy.scope():` block, so its variables belong to the default "
                 "strategy" + (f", while {', '.join(others)} was made inside one" if others else "")
                 + f": {_sentence_end(evidence.parsed.sentence or 'Keras refuses to mix them')}"),
        fix=(f"Create {phrases.code(name)} inside `with strategy.scope():`, together with the "
             "model and its optimizer (or pass the optimizer by name, `optimizer=\"adam\"`)."),
        evidence=[provenance.fact(evidence, made.cell, made.line,
                                  f"{name} bound outside any strategy scope")],
        rule="api_contract")


def _enters_scope(node) -> bool:
    """Whether a ``with`` statement enters ``<...>.scope()``."""
    return astutil.with_calls(node, lambda c: astutil.last_part(c) == "scope")


def _inside_scope(evidence, made) -> bool:
    """Whether a cell-level binding runs inside a ``with <...>.scope():`` block."""
    found = origins.cell(evidence, made.cell)
    return found is not None and any(
        _enters_scope(node) for node in astutil.enclosing_withs(found[2], made.node.lineno))


def _any_scope(evidence) -> bool:
    """Whether any cell enters a ``with <...>.scope():`` block."""
    return any(_enters_scope(node) for _, _, _, tree in origins.cells_newest_first(evidence)
               for node in astutil.all_withs(tree))


# ---------------------------------------------------------------- a value made the wrong kind
def _made_operand(evidence, kind: str):
    """(name, complete chain) of the one value of ``kind`` ("sparse tensor", "ragged tensor")
    that the failing expression reads, followed back to the statement that made it a value
    of that kind; None when there is not exactly one, or its chain breaks."""
    from ..general import operands

    found = [name for name, _, _ in operands(evidence, limit=6)
             if getattr(values.facts(evidence.value(name)), "kind", None) == kind]
    if len(found) != 1:
        return None
    name = found[0]
    chain = provenance.made(
        evidence, name, keep=lambda value: getattr(values.facts(value), "kind", None) == kind)
    return (name, chain) if chain is not None else None


def _operand_finding(evidence, kind: str, culprit: str, summary: str, fix: str,
                     read: str, deeper=None) -> Finding | None:
    """The finding at the statement that made the one operand of ``kind`` (``_made_operand``);
    ``summary`` and ``fix`` are formatted with ``name``, ``where`` and ``code``, and the
    message's sentence ends the summary. ``deeper(evidence, origin)`` may follow one of that
    statement's arguments further back, to a complete chain whose origin introduced the
    property — (that chain, the summary to say instead, which may also use ``deep_where`` and
    ``deep_code``) — and the cause moves there."""
    from ..general import sentence

    found = _made_operand(evidence, kind)
    if found is None:
        return None
    name, chain = found
    origin = chain.origin
    words = {"name": phrases.code(name), "where": origin.where(evidence), "code": origin.code}
    text = summary.format(**words)
    links = chain.as_evidence(evidence)
    further = deeper(evidence, origin) if deeper is not None else None
    if further is not None:
        back, said = further
        text = said.format(deep_where=back.origin.where(evidence), deep_code=back.origin.code,
                           **words)
        links += back.as_evidence(evidence)
        origin = back.origin
    return Finding(
        kind="other", severity="error", line=origin.line, raise_line=evidence.raise_line,
        cell=origin.cell, culprits=[name, culprit],
        summary=text + sentence(evidence), fix=fix.format(**words),
        evidence=links + [provenance.fact(evidence, None, evidence.raise_line, f"{name} {read}")],
        rule="api_contract")


UNORDERED_SPARSE = (r"indices\[\d+\] = \[[\d,\s]+\] is out of order",)


def unordered_sparse_indices(evidence) -> Finding | None:
    """A SparseTensor whose indices are not in row-major order reaches an op that needs them
    sorted: ``tf.SparseTensor(...)`` keeps the order it is given, so the statement that made
    it (its chain) is where the order came from, and where ``tf.sparse.reorder`` goes.

    ``InvalidArgumentError: indices[1] = [0,3] is out of order. Many sparse ops require sorted
    indices. Use `tf.sparse.reorder` to create a correctly ordered copy.``
    """
    return _operand_finding(
        evidence, "sparse tensor", "tf.sparse.reorder",
        summary=("{name} was made at {where} (`{code}`) with its indices in the order they were "
                 "given, and they are not in row-major order: "),
        fix=("Reorder it where it is made: `tf.sparse.reorder(...)` around the SparseTensor at "
             "{where} (or sort the indices, row first, before building it)."),
        read="read with unsorted indices", deeper=_indices_unsorted_at)


def _indices_unsorted_at(evidence, origin):
    """(chain, words) when the SparseTensor's ``indices`` argument is a name whose array is
    out of row-major order and its chain, followed while the source array is out of order too,
    reaches the statement that put it out of order (``pairs[:, [1, 0]]`` of sorted pairs)."""
    calls = [c for c in ast.walk(origin.node) if isinstance(c, ast.Call)
             and astutil.last_part(c.func) == "SparseTensor"] \
        if isinstance(origin.node, ast.AST) else []
    if len(calls) != 1:
        return None
    indices = astutil.keyword(calls[0], "indices") or (calls[0].args[0] if calls[0].args else None)
    if not isinstance(indices, ast.Name) or not _rows_out_of_order(evidence.value(indices.id)):
        return None
    back = provenance.made(evidence, indices.id, keep=_rows_out_of_order)
    if back is None or back.origin is None or not isinstance(back.origin.node, ast.AST):
        return None
    # Only a statement that took index rows which were in order and put them out of order
    # (``pairs[:, [1, 0]]``) is where the order was lost; rows built from a dict or a list in
    # the order the data came stay with the SparseTensor, where the reorder goes.
    read = {n.id for n in ast.walk(back.origin.node) if isinstance(n, ast.Name)
            and n.id != indices.id}
    rows = [r for r in (_index_rows(evidence.value(n)) for n in sorted(read)) if r is not None]
    if len(rows) != 1 or _rows_in_disorder(rows[0]):
        return None
    return back, ("{name} was made at {where} (`{code}`) with its indices in the order they "
                  f"were given, and {phrases.code(indices.id)} is out of row-major order as made "
                  "at {deep_where} (`{deep_code}`): ")


def _index_rows(value):
    """``value`` as a 2-D NumPy integer array of index rows (from an array, or a plain list of
    row lists/tuples), else None."""
    import numpy as np

    if type(value) is list:
        if not 0 < len(value) <= 1_000_000 or not all(type(row) in (list, tuple) for row in value):
            return None
        value = np.asarray(value)
    if type(value) is not np.ndarray or value.ndim != 2 or value.size == 0 or \
            value.dtype.kind not in "iu" or value.size > 10_000_000:
        return None
    return value


def _rows_out_of_order(value) -> bool:
    """Index rows (``_index_rows``) not in row-major order."""
    rows = _index_rows(value)
    return rows is not None and _rows_in_disorder(rows)


def _rows_in_disorder(rows) -> bool:
    """Whether a 2-D array of index rows is out of row-major order."""
    import numpy as np

    return not np.array_equal(np.lexsort(rows.T[::-1]), np.arange(len(rows)))


RAGGED_REFUSED = (r"RaggedTensor",)


def ragged_input_refused(evidence) -> Finding | None:
    """A call that takes only dense tensors gets a RaggedTensor, and the message names the
    ragged type: the statement that made the value ragged (its chain) is where it becomes
    dense (``.to_tensor()``) or is padded instead.

    ``ValueError: Exception encountered when calling Conv1D.call(). TypeError: object of type
    'RaggedTensor' has no len()``
    """
    return _operand_finding(
        evidence, "ragged tensor", "RaggedTensor",
        summary=("{name} is a RaggedTensor, made ragged at {where} (`{code}`), and the failing "
                 "call does not take ragged input: "),
        fix=("Make it dense where it is made ({where}): `.to_tensor()` pads every row to the "
             "longest (or pad the rows before building it)."),
        read="read as a RaggedTensor")
