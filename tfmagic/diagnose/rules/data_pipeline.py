"""other: input-pipeline contracts — what a ``tf.data`` transform promises, against what the
data gave it, followed back to the stage of the pipeline that broke the promise.

A ``tf.data`` error surfaces where the dataset is *read* (``for batch in ds``, ``next(iter(ds))``,
``model.fit(ds)``), but the stage at fault was written where the pipeline was *built*, often
cells earlier. Each cause here reads the dataset the failing statement reads, follows it back
(``provenance.chain``: ``ds = ds.shuffle(...).batch(4)`` <- ``ds = from_generator(...)``), and
names the stage the message is about — one contract per row of the registry:

* ``batch`` needs elements of one shape ("Cannot batch tensors with different shapes");
* ``padded_batch`` pads *up* to its ``padded_shapes`` ("Attempted to pad to a smaller size");
* ``from_generator`` checks each yielded element against its ``output_signature``;
* a dataset without ``repeat()`` ends ("End of sequence");
* the function a ``map`` traced made the failing op (``StringToNumber`` <- ``tf.strings.to_number``).

Where the chain does not reach a stage the contract names, the cause stays where it was raised.
"""

from __future__ import annotations

import ast
import dataclasses
import re

from ...report import Finding
from .. import astutil, origins, phrases, provenance, values
from ..common import makes_op

KIND = "other"   # every cause here explains an ``other`` failure (see test_registry)

BATCH_SHAPES = (r"Cannot batch tensors with different shapes|"
                r"Cannot add tensor to the batch: number of elements does not match")
PAD_SMALLER = r"Attempted to pad to a smaller size than the input element"
GENERATOR_YIELDED = r"`generator` yielded an element|generator.* yielded an element of"
END_OF_SEQUENCE = r"End of sequence"


def dataset_chain(evidence):
    """(name, chain) of the dataset the failing statements read: a value that is a
    ``tf.data.Dataset`` (or an iterator made from one with ``iter``), followed back to where
    the pipeline was made. None when no read value is a dataset."""
    def compute():
        for frame, stmt in _failing_statements(evidence):
            for name in _names(stmt):
                scope_frame = frame if frame.function not in ("", "<module>") else None
                trail = provenance.chain(evidence, name, frame=scope_frame)
                if any(_is_dataset_link(evidence, link) for link in trail.links) or \
                        _is_dataset(evidence.value(name)) and scope_frame is None:
                    return name, trail
        return None
    return evidence.memo("data_pipeline.dataset_chain", compute)


def reads_a_dataset(evidence) -> bool:
    """Gate: the failing statements read a ``tf.data`` pipeline."""
    return dataset_chain(evidence) is not None


def _failing_statements(evidence):
    """(cell frame, statement) for each cell frame of the traceback, innermost first."""
    out = []
    for frame in reversed(evidence.raise_frames):
        stmt = evidence.statement_at(frame.line, frame.label)
        if stmt is not None:
            out.append((frame, stmt))
    return out


def _names(stmt) -> list[str]:
    node = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and \
        stmt.value is not None else stmt.iter if isinstance(stmt, (ast.For, ast.AsyncFor)) \
        else stmt
    return [n for n in origins.names_in(node) if n not in ("tf", "np", "keras", "iter", "next")]


def _is_dataset(value) -> bool:
    facts = values.facts(value)
    return facts is not None and facts.kind == "dataset"


def _is_dataset_link(evidence, link) -> bool:
    return "Dataset." in link.code or (bool(link.facts) and _is_dataset(
        evidence.value(link.name)))


def _stage(trail, pattern: str):
    """The newest link whose code calls the transform ``pattern`` names."""
    regex = re.compile(pattern)
    for link in trail.links:
        if regex.search(link.code):
            return link
    return None


NON_RECTANGULAR = (r"Can't convert non-rectangular Python sequence to Tensor",
                   r"Failed to convert a NumPy array to a Tensor \(Unsupported object type "
                   r"(?:list|tuple)\)")


def _row_lengths(value) -> list[int] | None:
    """The lengths of a Python list's (or tuple's, or a 1-D NumPy object array's) rows when
    they are lists or tuples of differing lengths — builtin types only, never another object's
    ``len`` — else None."""
    if _object_vector(value):
        value = list(value)
    if type(value) not in (list, tuple) or not value:
        return None
    if not all(type(row) in (list, tuple) for row in value):
        return None
    lengths = [len(row) for row in value]
    return lengths if len(set(lengths)) > 1 else None


def _object_vector(value) -> bool:
    import numpy as np

    return type(value) is np.ndarray and value.dtype == object and value.ndim == 1


def ragged_python_list(evidence) -> Finding | None:
    """A Python list whose rows have different lengths, handed to an API that makes one dense
    tensor of it (``Dataset.from_tensor_slices``, ``tf.constant``): the cause is the statement
    that built the list, followed back from the name the failing statement reads.

    ``ValueError: Can't convert non-rectangular Python sequence to Tensor.`` (of a NumPy
    object array of such rows: ``Failed to convert a NumPy array to a Tensor (Unsupported
    object type list).``)
    """
    for _, stmt in _failing_statements(evidence)[:1]:
        for name in _names(stmt):
            lengths = _row_lengths(evidence.value(name))
            if lengths is None:
                continue
            trail = provenance.made(evidence, name)
            if trail is None:
                return None
            origin = trail.origin
            shown = ", ".join(str(n) for n in lengths[:6]) + (", ..." if len(lengths) > 6 else "")
            return Finding(
                kind=KIND, severity="error", line=origin.line, raise_line=evidence.raise_line,
                cell=origin.cell, culprits=[name],
                summary=(f"`{name}` holds Python lists of different lengths ({shown}) as rows, "
                         f"built at {origin.where(evidence)}; a dense tensor needs every row "
                         "the same length, so TensorFlow cannot convert it."),
                fix=(f"Pad (or truncate) the rows of `{name}` to one length where it is built "
                     "(`keras.utils.pad_sequences(...)`), or make a ragged tensor of it "
                     "(`tf.ragged.constant(...)`) for the APIs that take one."),
                evidence=trail.as_evidence(evidence) + [provenance.fact(
                    evidence, None, evidence.raise_line,
                    f"`{name}` handed over with rows of lengths {shown}")],
                rule="data")
    return None


def _finding(evidence, link, trail, summary, fix, culprits, extra=None) -> Finding:
    cell = None if evidence.in_this_cell(link.cell) else link.cell
    links = trail.as_evidence(evidence)
    if extra:
        links.append(extra)
    return Finding(kind="other", severity="error", line=extra["line"] if extra else link.line,
                   raise_line=evidence.raise_line,
                   cell=(None if evidence.in_this_cell(extra["cell"]) else extra["cell"])
                   if extra else cell,
                   culprits=[c for c in culprits if c], summary=summary, fix=fix,
                   rule="data_pipeline", evidence=links)


def _staged(evidence, pattern: str):
    """(dataset name, its chain, the stage ``pattern`` names) for the pipeline the failing
    statements read, or None when there is no such pipeline or stage."""
    found = dataset_chain(evidence)
    if found is None:
        return None
    name, trail = found
    stage = _stage(trail, pattern)
    return (name, trail, stage) if stage is not None else None


def batch_of_unequal_elements(evidence) -> Finding | None:
    """``batch`` stacks elements into one tensor, so they must have one shape: the cause is the
    ``.batch(...)`` stage of the pipeline the failing statement reads.

    ``InvalidArgumentError: Cannot batch tensors with different shapes in component 0. First
    element had shape [28,28,3] and element 1 had shape [26,28,3].``
    """
    staged = _staged(evidence, r"\.batch\(")
    if staged is None:
        return None
    name, trail, stage = staged
    sentence = evidence.parsed.sentence
    return _finding(
        evidence, stage, trail,
        summary=(f"{phrases.code('batch')} at {stage.where(evidence)} stacks the elements of "
                 f"{name} into one tensor, but they differ in shape ({sentence}) — "
                 f"followed back: {trail.text(evidence)}."),
        fix=("Make the elements one shape before batching (resize or crop in a `map`), or use "
             "`padded_batch(...)` (or `ragged_batch`) for elements of varying length."),
        culprits=[name, "batch", "padded_batch"])


def pad_to_smaller_size(evidence) -> Finding | None:
    """``padded_batch`` pads each element *up* to ``padded_shapes``; an element longer than
    that fails: the cause is the ``.padded_batch(...)`` stage (or the constant it was given).

    ``InvalidArgumentError: Attempted to pad to a smaller size than the input element.``
    """
    staged = _staged(evidence, r"\.padded_batch\(")
    if staged is None:
        return None
    name, trail, stage = staged
    return _finding(
        evidence, stage, trail,
        summary=(f"{phrases.code('padded_batch')} at {stage.where(evidence)} pads the elements "
                 f"of {name} up to its padded_shapes, and an element is longer than that: "
                 f"padding cannot shorten — followed back: {trail.text(evidence)}."),
        fix=("Give `padded_shapes` at least the longest element's length (or `None` to pad to "
             "each batch's longest), or truncate the elements in a `map` before padding."),
        culprits=[name, "padded_batch", "padded_shapes"])


def generator_element_mismatch(evidence) -> Finding | None:
    """``from_generator`` checks each yielded element against its ``output_signature``: the
    cause is the generator's ``yield`` when it has one (what it yields does not fit), found by
    following the dataset back to its ``from_generator`` stage.

    ``InvalidArgumentError: `generator` yielded an element of shape (4,) where an element of
    shape (None, None) was expected.``
    """
    staged = _staged(evidence, r"from_generator\(")
    if staged is None:
        return None
    name, trail, stage = staged
    call = next((c for c in ast.walk(stage.node) if isinstance(c, ast.Call)
                 and astutil.last_part(c) == "from_generator"), None)
    generator = call.args[0].id if call is not None and call.args and \
        isinstance(call.args[0], ast.Name) else None
    yields = _yields_of(evidence, generator) if generator else []
    sentence = evidence.parsed.sentence
    composite = COMPOSITE_YIELDED.search(evidence.message)
    if composite is not None:
        # A ragged or sparse value where a plain TensorSpec was declared: what is yielded has a
        # kind no dense signature describes, so the signature is what to change.
        kind = composite.group(1) or composite.group(2)
        return _finding(
            evidence, stage, trail,
            summary=(f"The generator of {name} yields a {kind} (from_generator at "
                     f"{stage.where(evidence)}), but the element it was told to expect there is "
                     f"a plain dense tensor: {sentence}"),
            fix=(f"Declare the element as it is yielded: `output_signature=tf.{kind}Spec("
                 "shape=..., dtype=...)` at " f"{stage.where(evidence)}."),
            culprits=[name, "from_generator", "output_signature", generator])
    if len(yields) != 1:
        return _finding(
            evidence, stage, trail,
            summary=(f"The generator of {name} (from_generator at {stage.where(evidence)}) "
                     f"yields elements that do not fit its output_signature: {sentence}"),
            fix="Make what the generator yields match `output_signature` (shape and dtype).",
            culprits=[name, generator, "output_signature"])
    cell, line = yields[0]
    extra = {"cell": cell, "line": line,
             "text": f"{generator} yields at {phrases.line_ref(line, cell, evidence)}"}
    return _finding(
        evidence, stage, trail,
        summary=(f"{generator} yields at {phrases.line_ref(line, cell, evidence)} elements that "
                 f"do not fit the output_signature given to from_generator at "
                 f"{stage.where(evidence)}: {sentence}"),
        fix=("Yield elements of the declared shape and dtype (or declare the shape the "
             "generator really yields in `output_signature`)."),
        culprits=[name, generator, "output_signature", "yield"], extra=extra)


COMPOSITE_YIELDED = re.compile(r"yielded an element of (RaggedTensor|SparseTensor)Spec\(.*?"
                               r"where an element of TensorSpec\(|"
                               r"The expected type was \w+, but the yielded element was "
                               r"<tf\.(RaggedTensor|SparseTensor)")


def _yields_of(evidence, function: str) -> list[tuple[str | None, int]]:
    for label, _, offset, tree in origins.cells_newest_first(evidence):
        for func in astutil.function_defs(tree):
            if func.name == function:
                return [(label, node.lineno - offset) for node in ast.walk(func)
                        if isinstance(node, (ast.Yield, ast.YieldFrom))]
    return []


def dataset_exhausted(evidence) -> Finding | None:
    """A dataset read past its end: a pipeline without ``repeat()`` yields each element once.
    The cause is where the pipeline was made (the one place ``.repeat()`` goes), found by
    following the iterated dataset back; a pipeline that repeats is not this cause.

    ``OutOfRangeError: End of sequence [Op:IteratorGetNext]``
    """
    if evidence.error_type != "OutOfRangeError":
        return None
    found = dataset_chain(evidence)
    if found is None:
        return _graph_iterator_exhausted(evidence)
    name, trail = found
    if _stage(trail, r"\.repeat\(") is not None or not trail.complete:
        return None
    # The pipeline's last stage (where ``.repeat()`` goes): the newest binding that is a
    # dataset, else where it was made.
    made = next((link for link in trail.links if _is_dataset_link(evidence, link)),
                trail.origin)
    return _finding(
        evidence, made, trail,
        summary=(f"{name} ran out of elements: the pipeline built at {made.where(evidence)} has "
                 f"no `.repeat()`, so it yields its elements once, and the loop asks for more "
                 f"— followed back: {trail.text(evidence)}."),
        fix=("Add `.repeat()` to the pipeline (before `batch`) for a fixed number of steps, or "
             "loop over the dataset itself (`for batch in ds:`) so the loop ends with it."),
        culprits=[name, "repeat"])


_GRAPH_ITERATORS = ("make_one_shot_iterator", "make_initializable_iterator")


def _graph_iterator_exhausted(evidence) -> Finding | None:
    """The graph-mode form: ``sess.run`` of an iterator's ``get_next()``, made by
    ``make_one_shot_iterator(ds)`` at the failing node's creation line (its traceback), where no
    binding of ``ds`` in that scope before it repeats: the last binding is where ``.repeat()``
    goes."""
    site = evidence.node_site()
    stmt = evidence.statement_at(site.line, site.label) if site is not None else None
    if stmt is None:
        return None
    source = maker = None
    for call in astutil.calls(stmt):
        if astutil.last_part(call) in _GRAPH_ITERATORS:
            argument = call.args[0] if call.args else (
                call.func.value if isinstance(call.func, ast.Attribute) else None)
            if isinstance(argument, ast.Name):
                source, maker = argument.id, astutil.last_part(call)
    if source is None:
        return None
    cell = None if evidence.in_this_cell(site.label) else site.label
    found = origins.cell(evidence, cell)
    if found is None:
        return None
    _, offset, tree = found
    scope = next((f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef,
                                                              ast.AsyncFunctionDef))
                  and astutil.contains(f, stmt.lineno)), tree)
    bindings = [n for n in astutil.assignments_to(scope, source) if n.lineno < stmt.lineno]
    if not bindings or any(".repeat(" in ast.unparse(n) for n in bindings):
        return None
    last = bindings[-1]
    line = last.lineno - offset
    where = phrases.line_ref(line, cell, evidence)
    made_at = phrases.line_ref(site.line, cell, evidence)
    return Finding(
        kind="other", severity="error", line=line, raise_line=evidence.raise_line,
        cell=cell, culprits=[source, "repeat", maker],
        summary=(f"The iterator made at {made_at} ran out of elements: `{source}` (last "
                 f"built at {where}) has no `.repeat()`, so it yields its elements once, "
                 "and the loop asks for more."),
        fix=(f"Add `.repeat()` to `{source}` at {where} (before `batch`), or stop the loop "
             "at the end of the data (catch `tf.errors.OutOfRangeError`)."),
        evidence=[provenance.fact(evidence, cell, site.line,
                                  "the failing IteratorGetNext was made here (its traceback)"),
                  provenance.fact(evidence, cell, line,
                                  f"{source} = {ast.unparse(getattr(last, 'value', last))[:60]}, "
                                  "no repeat")],
        rule="data_pipeline")


# ---------------------------------------------------------------- ops a map function made
def op_in_mapped_function(evidence) -> Finding | None:
    """An op failed while a dataset ran the function its ``map`` traced: the cause is the one
    call in that function that makes the op (TensorFlow names the op, not the line).

    ``InvalidArgumentError: StringToNumberOp could not correctly convert string: img_0001.jpg
    [[{{node StringToNumber}}]]``
    """
    op = evidence.parsed.op_type
    if not op or op.startswith("Iterator"):
        # The iterator only passes the error on; the op that failed names itself first.
        named = re.match(r"([A-Z]\w+?)Op\b", evidence.parsed.sentence)
        op = named.group(1) if named else ""
    if not op:
        return None
    found = dataset_chain(evidence)
    if found is None:
        return None
    name, trail = found
    candidates = calls_in_mapped_functions(evidence, trail, lambda c: makes_op(c, op))
    if len({(c[0], c[1]) for c in candidates}) != 1:
        return None
    cell, line, call = candidates[0]
    call_name = astutil.call_name(call.func)
    extra = {"cell": cell, "line": line,
             "text": f"{phrases.code(call_name)} makes {op}, at "
                     f"{phrases.line_ref(line, cell, evidence)}"}
    stage = _stage(trail, r"\.map\(") or trail.links[0]
    return _finding(
        evidence, stage, trail,
        summary=(f"{op} failed while {name} ran the function its map traced: "
                 f"{phrases.code(call_name)} at {phrases.line_ref(line, cell, evidence)} is the "
                 f"call that makes {op} ({evidence.parsed.sentence})"),
        fix=(f"Fix what {phrases.code(call_name)} is given (its input, as the dataset holds it) "
             "or the call itself."),
        culprits=[name, op, call_name], extra=extra)


def calls_in_mapped_functions(evidence, trail, predicate) -> list[tuple]:
    """(cell label, body line, call) of every call that ``predicate`` accepts in the functions
    the ``map`` stages of a dataset's chain run (named functions, and those a lambda calls)."""
    found = []
    for link in trail.links:
        for call in (c for c in ast.walk(link.node) if isinstance(c, ast.Call)
                     and astutil.last_part(c) == "map" and c.args):
            for label, func in _mapped_functions(evidence, call.args[0], link.cell):
                offset = _offset(evidence, label)
                found += [(label, c.lineno - offset, c) for c in ast.walk(func)
                          if isinstance(c, ast.Call) and predicate(c)]
    return found


def _mapped_functions(evidence, node, cell):
    """(cell label, function node) a ``map`` argument runs: a named function (and the
    functions a lambda calls by name), from the cells' code."""
    names = []
    if isinstance(node, ast.Name):
        names.append(node.id)
    elif isinstance(node, ast.Lambda):
        yield cell, node
        names += [astutil.call_name(c.func) for c in ast.walk(node) if isinstance(c, ast.Call)]
    for label, _, _, tree in origins.cells_newest_first(evidence):
        for func in astutil.function_defs(tree):
            if func.name in names:
                yield label, func


def _offset(evidence, label) -> int:
    if evidence.in_this_cell(label):
        return evidence.offset
    info = evidence.registry.filename_for(label)
    return info.offset if info is not None else 0


UNKNOWN_SHAPE = (r"contains no shape", r"as_list\(\) is not defined on an unknown TensorShape",
                 r"with unknown rank", r"Cannot iterate over a shape with unknown rank",
                 r"shape must be known|Shape must be known")
_PY_FUNCTION = re.compile(r"\b(py_function|numpy_function|py_func)\(")


def shape_lost_after_py_function(evidence) -> Finding | None:
    """``tf.py_function`` / ``tf.numpy_function`` return tensors of unknown shape (TensorFlow
    cannot see inside the Python they run), so an op or layer that needs a static shape fails
    downstream: the cause is the ``py_function`` call the failing value was made by, found by
    following the value back from the failing line (inside a ``map`` function too).

    ``ValueError: 'images' contains no shape.``
    """
    for frame in _frames_to_search(evidence):
        stmt = evidence.statement_at(frame.line, frame.label)
        if stmt is None:
            continue
        scope = frame if frame.function not in ("", "<module>") else None
        for name in _names(stmt):
            trail = provenance.chain(evidence, name, frame=scope)
            for link in trail.links:
                try:
                    code = ast.unparse(link.node) if link.node is not None else link.code
                except Exception:  # noqa: BLE001
                    code = link.code
                if not _PY_FUNCTION.search(code):
                    mapped = _py_function_in_mapped(evidence, link)
                    if mapped is None:
                        continue
                    label, line, function, fn = mapped
                    where = phrases.line_ref(line, label, evidence)
                    return _finding(
                        evidence, link, trail,
                        summary=(f"{name} has no static shape: {link.where(evidence)} maps "
                                 f"`{function}` over the dataset, and `{function}` returns the "
                                 f"result of `tf.{fn}` at {where}, whose outputs TensorFlow "
                                 "cannot shape (it runs Python); the failing code needs a known "
                                 f"shape ({evidence.parsed.sentence}) — followed back: "
                                 f"{trail.text(evidence)}."),
                        fix=(f"Give the result of `tf.{fn}` its shape inside `{function}`, right "
                             "after the call: `x.set_shape([...])` or "
                             "`x = tf.ensure_shape(x, [...])`."),
                        culprits=[name, function, fn, "set_shape", "ensure_shape"],
                        extra={"cell": label, "line": line,
                               "text": f"`{function}` calls `tf.{fn}` and sets no shape ({where})"})
                fn = _PY_FUNCTION.search(code).group(1)
                return _finding(
                    evidence, link, trail,
                    summary=(f"{name} has no static shape: it comes from `tf.{fn}` at "
                             f"{link.where(evidence)}, whose outputs TensorFlow cannot shape "
                             f"(it runs Python), and the failing code needs a known shape "
                             f"({evidence.parsed.sentence}) — followed back: "
                             f"{trail.text(evidence)}."),
                    fix=(f"Give the result of `tf.{fn}` its shape right after the call: "
                         "`x.set_shape([...])` or `x = tf.ensure_shape(x, [...])`."),
                    culprits=[name, fn, "set_shape", "ensure_shape"])
    return None


def generator_without_shapes(evidence) -> Finding | None:
    """``Dataset.from_generator`` given only ``output_types`` (no ``output_shapes`` or
    ``output_signature``) yields elements of unknown shape, and a layer or op that needs a
    static shape fails downstream: the cause is that ``from_generator`` call, found by
    following the failing line's dataset back through its stages.

    ``ValueError: as_list() is not defined on an unknown TensorShape.``
    """
    found = _staged(evidence, r"\bfrom_generator\(")
    if found is None:
        return None
    name, trail, link = found
    calls = [c for c in astutil.calls(link.node) if astutil.last_part(c) == "from_generator"] \
        if link.node is not None else []
    if len(calls) != 1:
        return None
    given = {k.arg for k in calls[0].keywords}
    if given & {"output_shapes", "output_signature"} or len(calls[0].args) > 2:
        return None
    return _finding(
        evidence, link, trail,
        summary=(f"{name} has no static shape: `from_generator` at {link.where(evidence)} is "
                 "given no `output_shapes` or `output_signature`, so TensorFlow does not "
                 "know the shape of what the generator yields, and the failing code needs a "
                 f"known shape ({evidence.parsed.sentence}) — followed back: "
                 f"{trail.text(evidence)}."),
        fix=("Give `from_generator` the shapes it yields: `output_signature=(tf.TensorSpec("
             "shape=(...), dtype=...), ...)` in place of `output_types`."),
        culprits=[name, "from_generator", "output_signature"])


def decode_image_without_rank(evidence) -> Finding | None:
    """``tf.image.decode_image`` returns a tensor of unknown rank (a GIF decodes to 4-D, any
    other image to 3-D) unless ``expand_animations=False``; inside a traced function (a
    dataset's ``map``, a ``tf.function``) an op that needs a known shape, such as
    ``tf.image.resize``, then fails. The cause is the one ``decode_image`` call of the function
    the failure is in (the message's stack or the traceback names it).

    ``ValueError: 'images' contains no shape.``
    """
    for frame in _frames_to_search(evidence):
        function = frame.function or evidence.function_at(frame.label, frame.line)
        if function in ("", "<module>"):
            continue
        body, _, offset = provenance.function_node(
            evidence, dataclasses.replace(frame, function=function))
        if body is None:
            continue
        label = None if evidence.in_this_cell(frame.label) else frame.label
        decodes = [c for c in astutil.calls(body) if astutil.last_part(c) == "decode_image"]
        if len(decodes) != 1 or any(k.arg == "expand_animations" for k in decodes[0].keywords):
            return None
        line = decodes[0].lineno - offset
        where = phrases.line_ref(line, label, evidence)
        return Finding(
            kind="other", severity="error", line=line, raise_line=evidence.raise_line,
            cell=label, culprits=[function, "decode_image", "expand_animations"],
            summary=(f"`tf.image.decode_image` at {where}, inside {phrases.code(function)}, gives "
                     "a tensor of unknown rank (an animated GIF decodes to 4-D, other images to "
                     "3-D), and a later op in that function needs a known shape "
                     f"({evidence.parsed.sentence})."),
            fix=(f"Pass `expand_animations=False` to `decode_image` at {where} (or use "
                 "`decode_png`/`decode_jpeg`), so the image is 3-D with a known rank."),
            evidence=[provenance.fact(evidence, label, frame.line,
                                      f"it failed inside `{function}` (its stack)"),
                      provenance.fact(evidence, label, line,
                                      "decode_image without expand_animations=False")],
            rule="data_pipeline")
    return None


def _py_function_in_mapped(evidence, link):
    """(cell, body line, function, kind) of the one ``tf.py_function``-like call inside a
    function a cell defines and ``link``'s statement passes to ``Dataset.map`` by name, when
    that function sets no shape (``set_shape`` / ``ensure_shape``); None otherwise."""
    if link.node is None:
        return None
    mapped = [call.args[0].id for call in astutil.calls(link.node)
              if astutil.last_part(call) == "map" and call.args and
              isinstance(call.args[0], ast.Name)]
    for function in mapped:
        for label, _, offset, tree in origins.cells_newest_first(evidence):
            defs = [d for d in astutil.function_defs(tree) if d.name == function]
            if not defs:
                continue
            body = defs[-1]
            calls = [c for c in astutil.calls(body) if _PY_FUNCTION.search(
                astutil.call_name(c.func) + "(")]
            shaped = any(astutil.last_part(c) in ("set_shape", "ensure_shape")
                         for c in astutil.calls(body))
            if len(calls) != 1 or shaped:
                return None
            kind = _PY_FUNCTION.search(astutil.call_name(calls[0].func) + "(").group(1)
            return label, calls[0].lineno - offset, function, kind
    return None


def _frames_to_search(evidence):
    """Cell frames where the failure happened, innermost first: the user code TensorFlow
    names in its message (traced functions), then the traceback's cell frames."""
    from ..evidence import CellFrame

    frames = []
    for item in reversed(evidence.parsed.message_frames):
        located = evidence.registry.body_line(item.filename, item.lineno)
        if located is not None:
            frames.append(CellFrame(located[0], located[1], item.filename, item.lineno,
                                    item.function))
    return frames + list(reversed(evidence.raise_frames))
