"""feed_mismatch: a ``feed_dict`` value whose shape or dtype does not fit its placeholder.

TensorFlow raises at ``sess.run`` with no op traceback; the cause is where the fed value was
built. The run frame's ``feed_dict`` gives the offending value, the user namespace gives the
name bound to it, and the AST gives the line that last assigned that name.
"""

from __future__ import annotations

import ast
import re

from ..._tf import errors, hooks, runtime
from ...report import Finding
from ... import timeline as tl
from .. import astutil, origins, phrases, provenance, values
from ..common import in_cell_label, parse_shape

CANNOT_FEED = re.compile(r"Cannot feed value of shape (\([^)]*\)) for Tensor '?([\w/:.\-]+)'?, "
                         r"which has shape '?(\([^)]*\))'?")
TENSOR_AS_VALUE = ("The value of a feed cannot be a tf.Tensor object",)


def _find_tensor_key(feed_dict, tensor_name):
    for key, value in (feed_dict or {}).items():
        name = getattr(key, "name", key if isinstance(key, str) else None)
        if name == tensor_name or (isinstance(name, str) and name.split(":")[0] ==
                                   tensor_name.split(":")[0]):
            return key, value
    return None, None


def _user_name_of(evidence, obj, before_line):
    """A cell-level name bound to ``obj`` (identity), preferring one assigned in the cell."""
    names = evidence.names_of(obj)
    if evidence.tree is not None:
        for name in names:
            if astutil.last_assignment_before(evidence.tree, name,
                                              (before_line or 10**9) + evidence.offset):
                return name
    return names[0] if names else None


def _fed_root_name(evidence, key) -> str | None:
    """The name a fed expression is computed from (``y[start:end]`` -> ``y``), read from the
    feed dict written on the failing statement, matching the key by value in the frame."""
    stmt = evidence.statement_at(evidence.raise_line)
    for node in ast.walk(stmt) if stmt is not None else ():
        if not isinstance(node, ast.Dict):
            continue
        for key_node, value_node in zip(node.keys, node.values):
            if key_node is None or evidence.eval_node(key_node) is not key:
                continue
            root = value_node
            if isinstance(root, (ast.List, ast.Tuple)) and len(root.elts) == 1:
                root = root.elts[0]   # ``[image]``: one example wrapped into a batch
            while isinstance(root, (ast.Subscript, ast.Attribute, ast.Call)):
                root = root.value if not isinstance(root, ast.Call) else (
                    root.func.value if isinstance(root.func, ast.Attribute) else
                    (root.args[0] if root.args else None))
            if isinstance(root, ast.Name):
                return root.id
    return None


def _creation_name(evidence, tensor) -> tuple[str | None, int | None, str | None]:
    """(user variable name, body line, cell) where a placeholder tensor was created."""
    frames = evidence.cell_frames_of(errors.op_traceback(getattr(tensor, "op", None)))
    if not frames:
        return None, None, None
    frame = frames[-1]
    name = None
    if evidence.in_this_cell(frame.label) and evidence.tree is not None:
        stmt = evidence.statement_at(frame.line, frame.label)
        names = astutil.assigned_names(stmt) if stmt is not None else []
        name = names[0] if names else None
    return name, frame.line, frame.label


def fixed_batch_axis(evidence) -> Finding | None:
    """A placeholder declared with a fixed batch size (its first axis a number, not None) fed
    a batch of another size — the last, partial batch of a dataset that the batch size does
    not divide, or a test set fed whole: the cause is the placeholder's declaration, found from
    its creation stack; every other axis fits.

    ``ValueError: Cannot feed value of shape (8,) for Tensor Placeholder_1:0, which has shape
    (32,)``
    """
    match = CANNOT_FEED.search(evidence.message)
    if not match:
        return None
    got, tensor_name, want = match.groups()
    got_dims = [d.strip() for d in got.strip("()").split(",") if d.strip()]
    want_dims = [d.strip() for d in want.strip("()").split(",") if d.strip()]
    if len(got_dims) != len(want_dims) or not got_dims or got_dims[1:] != want_dims[1:] or \
            not want_dims[0].isdigit() or not got_dims[0].isdigit() or got_dims[0] == "0":
        # No rows at all is empty data, not a batch of another size (``feed_mismatch``).
        return None
    feed_dict = evidence.frame_local("feed_dict", lambda v: isinstance(v, dict))
    key, _ = _find_tensor_key(feed_dict, tensor_name)
    name, line, cell = _creation_name(evidence, key) if key is not None else (None, None, None)
    if line is None:
        return None
    where = phrases.line_ref(line, cell, evidence)
    shown = name or tensor_name
    declared = "[None" + "".join(", " + d for d in want_dims[1:]) + "]"
    return Finding(
        kind="feed_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        cell=in_cell_label(evidence, cell), culprits=[c for c in (name, tensor_name) if c],
        summary=(f"The placeholder {shown} was declared at {where} with a fixed batch of "
                 f"{want_dims[0]}, and this feed has {got_dims[0]} rows (every other axis "
                 "fits): " + ("a last, partial batch cannot be fed into it."
                              if int(got_dims[0]) < int(want_dims[0]) else
                              "only batches of exactly that size can be fed into it.")),
        fix=(f"Declare the batch axis as None ({declared}) at {where}, so any batch size can "
             "be fed."),
        evidence=[provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                  f"{shown} created with shape {want} (its creation stack)")])


def feed_mismatch(evidence) -> Finding | None:
    """A fed value whose shape does not fit its placeholder, or a Tensor fed as a value.

    ``ValueError: Cannot feed value of shape (32, 224, 224) for Tensor Placeholder:0, which has
    shape (None, 224, 224, 3)``
    """
    message = evidence.message
    match = CANNOT_FEED.search(message)
    tensor_as_value = any(text in message for text in TENSOR_AS_VALUE)
    if not match and not tensor_as_value:
        return None
    feed_dict = evidence.frame_local("feed_dict", lambda v: isinstance(v, dict))
    line, cell = evidence.raise_line, None
    culprits = []
    placeholder_name = None
    links: list[dict] = []
    if match:
        got, tensor_name, want = match.groups()
        key, value = _find_tensor_key(feed_dict, tensor_name)
        placeholder_name, placeholder_line, placeholder_cell = _creation_name(evidence, key) \
            if key is not None else (None, None, None)
        value_name = _user_name_of(evidence, value, evidence.raise_line) if value is not None \
            else None
        fed = value_name
        if value_name is None and key is not None:
            value_name = _fed_root_name(evidence, key)
            fed = f"The value fed (computed from {value_name})" if value_name else None
        culprits = [c for c in (placeholder_name or tensor_name, value_name) if c]
        hint = _shape_hint(got, want)
        where = f" (created at {phrases.line_ref(placeholder_line, placeholder_cell, evidence)})" \
            if placeholder_line else ""
        summary = (f"{fed or 'The fed value'} has shape {got} but placeholder "
                   f"{placeholder_name or tensor_name}{where} expects {want}{hint}.")
        fix = (f"Build {value_name or 'the value'} with shape {want.replace('?', 'batch')} "
               f"({phrases.line_ref(line, cell, evidence)}) — e.g. reshape or add the missing "
               "axis with `[..., None]` — or "
               "define the placeholder with the shape your data has.")
        trail = _data_chain(evidence, value_name, got) if value_name else None
        axis = _differing_axis(got, want)
        through = _size_through_arrays(evidence, trail.origin, axis[1]) \
            if trail is not None and axis is not None and \
            not _writes_size(evidence, trail.origin.node, axis[1]) else None
        if through is not None:
            # The statement takes the size from an array it reads (an index array of that
            # length), made from a named setting: the setting chose the number.
            origin = trail.origin
            (array, array_made), (name, made) = through
            line, cell = made.line, made.cell
            links = [provenance.fact(evidence, None, evidence.raise_line,
                                     f"{value_name} fed with shape {got}")] + \
                trail.as_evidence(evidence) + [
                provenance.fact(evidence, array_made.cell, array_made.line,
                                f"`{array}` made with {axis[1]} entries"),
                provenance.fact(evidence, made.cell, made.line, f"`{name}` = {axis[1]}")]
            summary += (f" {origin.name} ({origin.where(evidence)}) takes its {axis[1]} on axis "
                        f"{axis[0]} from `{array}` ({array_made.where(evidence)}), whose "
                        f"length is `{name}`, set at {made.where(evidence)}.")
            fix = _setting_fix(evidence, name, made, axis[0])
            culprits += [c for c in (origin.name, name) if c not in culprits]
            trail = None
        elif trail is not None and axis is not None and \
                not _writes_size(evidence, trail.origin.node, axis[1]):
            # The statement that made the fed value did not write the size that does not fit
            # (``x.reshape(32, -1)`` takes it from its input): which side is wrong, the data
            # or the placeholder, is not recorded, so the finding stays at the feed.
            origin = trail.origin
            summary += (f" {origin.name} ({origin.where(evidence)}) does not write "
                        f"{axis[1]}: it has that size from the data it was made from.")
            wanted = parse_shape(want)[axis[0]]
            setting = _size_setting(evidence, placeholder_line, placeholder_cell, wanted)
            if setting is not None:
                summary += (f" The placeholder's {wanted} is `{setting[0]}`, set at "
                            f"{setting[1].where(evidence)}.")
                culprits.append(setting[0])
                fix = (f"Make the two sizes agree: set `{setting[0]}` "
                       f"({setting[1].where(evidence)}) to the size the data has ({axis[1]}), "
                       f"or give {value_name} {wanted} on axis {axis[0]}.")
            trail = None
        empty = _empty_slice_of_loop(evidence, trail, got) if trail is not None else None
        bound = _empty_slice_bound(evidence, trail, got) \
            if trail is not None and empty is None else None
        if bound is not None:
            # An empty slice cut with a bound that is 0: where that bound was computed.
            bound_name, made, link = bound
            line, cell = made.line, made.cell
            links = [provenance.fact(evidence, None, evidence.raise_line,
                                     f"{value_name} fed with shape {got}")] + \
                [lk.as_dict(evidence) for lk in trail.links[:trail.links.index(link) + 1]] + \
                [provenance.fact(evidence, made.cell, made.line, f"`{bound_name}` is 0")]
            summary += (f" {value_name} is empty: it is cut at {link.where(evidence)} with the "
                        f"bound `{bound_name}`, which is 0, computed at {made.where(evidence)}.")
            fix = (f"Compute `{bound_name}` ({made.where(evidence)}) so it is at least 1 (e.g. "
                   "`max(1, ...)`), or skip the feed when there is no data.")
            culprits.append(bound_name)
            trail = None
        if empty is not None:
            # An empty slice: the loop that cut it ran past the end of the data, and the
            # number of steps it ran is where that was decided.
            bound_name, bound, loop_var = empty
            line, cell = bound.line, bound.cell
            links = [provenance.fact(evidence, None, evidence.raise_line,
                                     f"{value_name} fed with shape {got}")] + \
                trail.as_evidence(evidence) + [provenance.fact(
                    evidence, bound.cell, bound.line,
                    f"`{bound_name}`, the number of steps the loop over `{loop_var}` runs")]
            summary += (f" {value_name} is empty: it is a slice indexed by `{loop_var}` "
                        f"({trail.origin.where(evidence)}), and the loop runs `{loop_var}` "
                        f"through range({bound_name}), set at {bound.where(evidence)}, past the "
                        "end of the data.")
            fix = (f"Compute `{bound_name}` so the last step still has data (ceil division: "
                   "`-(-len(data) // batch_size)`), or stop the loop when the slice is empty.")
            culprits.append(bound_name)
            trail = None
        if trail is not None:
            # The fed data followed back, link by link, to the statement that gave it the
            # shape that does not fit: that statement is the cause.
            origin = trail.origin
            line, cell = origin.line, origin.cell
            root_where = phrases.line_ref(line, cell, evidence)
            links = [provenance.fact(evidence, None, evidence.raise_line,
                                     f"{value_name} fed for {placeholder_name or tensor_name} "
                                     f"with shape {got}")] + trail.as_evidence(evidence)
            selected = f" ({value_name} is selected from {origin.name})" \
                if origin.name != value_name else ""
            summary += f" {origin.name} got that shape at {root_where}{selected}."
            tail = [d.strip() for d in got.strip("()").split(",") if d.strip()][1:]
            declared = f"[None{''.join(', ' + d for d in tail)}]"
            fix = (f"Make {origin.name} {want} where it is made ({root_where}), or declare the "
                   f"placeholder with the shape the data has ({declared})"
                   + (f" at {phrases.line_ref(placeholder_line, placeholder_cell, evidence)}"
                      if placeholder_line else "") + ".")
            if origin.name not in culprits:
                culprits.append(origin.name)
            setting = _literal_size_setting(evidence, origin.line, origin.cell, axis[1]) \
                if axis is not None else None
            if setting is not None:
                # The size is written through a named setting (``np.zeros((n, PAD_TO))``):
                # the setting is where that number was chosen.
                name, made = setting
                line, cell = made.line, made.cell
                summary += (f" Its {axis[1]} on axis {axis[0]} is `{name}`, set at "
                            f"{made.where(evidence)}.")
                links.append(provenance.fact(evidence, made.cell, made.line,
                                             f"`{name}` = {axis[1]}, the size it writes"))
                fix = _setting_fix(evidence, name, made, axis[0])
                culprits.append(name)
    else:
        tensors = [(k, v) for k, v in (feed_dict or {}).items()
                   if runtime.is_tensor_not_variable(v)]
        if tensors:
            key, value = tensors[0]
            placeholder_name = _creation_name(evidence, key)[0]
            value_name = _user_name_of(evidence, value, evidence.raise_line)
            trail = provenance.made(evidence, value_name) if value_name else None
            if trail is not None:
                cell, line = trail.origin.cell, trail.origin.line
                links = trail.as_evidence(evidence)
            culprits = [c for c in (placeholder_name, value_name) if c]
        made_at = f" ({culprits[-1]}, {phrases.line_ref(line, cell, evidence)})" if culprits \
            else ""
        summary = ("A tf.Tensor" + made_at
                   + " was passed as a feed value; feed_dict values must be NumPy "
                   "arrays or Python values.")
        fix = ("Evaluate the tensor first (`value = sess.run(tensor)`) and feed the result, "
               "or wire the tensor into the graph instead of feeding it.")
    return Finding(kind="feed_mismatch", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="feed", evidence=links)


def _empty_slice_of_loop(evidence, trail, got: str):
    """(bound name, its Origin, loop variable) when the fed value is empty (no rows) and the
    statement that made it slices with the variable of an enclosing ``for <v> in
    range(<name>)`` loop of the same cell: the loop's count is set by ``<name>``."""
    if parse_shape(got)[:1] != (0,):
        return None
    origin = trail.origin
    found = origins.cell(evidence, in_cell_label(evidence, origin.cell))
    if found is None or not isinstance(origin.node, ast.AST):
        return None
    _, offset, tree = found
    sliced = {n.id for sub in ast.walk(origin.node) if isinstance(sub, ast.Subscript)
              for n in ast.walk(sub.slice) if isinstance(n, ast.Name)}
    line = origin.line + offset
    for loop in astutil.statements(tree):
        if not isinstance(loop, ast.For) or not isinstance(loop.target, ast.Name) or \
                loop.target.id not in sliced or \
                not loop.lineno < line <= (loop.end_lineno or loop.lineno):
            continue
        count = loop.iter
        if isinstance(count, ast.Call) and astutil.call_name(count) == "range" and \
                len(count.args) == 1 and isinstance(count.args[0], ast.Name):
            bound = provenance.assignment(evidence, count.args[0].id)
            if bound is not None:
                return count.args[0].id, bound, loop.target.id
    return None


def _empty_slice_bound(evidence, trail, got: str):
    """(bound name, its Origin, the link) when the fed value is empty (no rows) and a link of
    its chain slices (``x[:n]``, ``x[n:]`` of a sequence of ``n`` rows) with a name whose
    value is 0 as the upper bound: that binding made the slice empty."""
    if parse_shape(got)[:1] != (0,):
        return None
    for link in trail.links:
        rhs = provenance.value_of(link)
        for sub in (n for n in ast.walk(rhs) if isinstance(n, ast.Subscript)) \
                if rhs is not None else ():
            upper = sub.slice.upper if isinstance(sub.slice, ast.Slice) else None
            if isinstance(upper, ast.Name) and origins.int_value(evidence, upper) == 0:
                made = provenance.assignment(evidence, upper.id)
                if made is not None:
                    return upper.id, made, link
    return None


def _data_chain(evidence, name, got: str):
    """The fed data followed back (``provenance.chain``) through derivations (``batch =
    scans[:8]``, ``scans[idx]``) whose source still has the fed value's trailing shape, to the
    statement that gave it that shape; None when the chain does not get there."""
    want_tail = tuple(d.strip() for d in got.strip("()").split(",") if d.strip())[1:]

    def same_rows(value):
        facts = values.facts(value)
        return facts is not None and facts.shape is not None and \
            tuple(str(d) for d in facts.shape[1:]) == want_tail

    return provenance.made(evidence, name, keep=same_rows)


def _differing_axis(got: str, want: str) -> tuple[int, int] | None:
    """(axis, fed size) of the first axis after the batch axis whose sizes differ, when both
    shapes have the same rank; None otherwise (a missing axis, another rank, the batch)."""
    got_dims, want_dims = parse_shape(got), parse_shape(want)
    if len(got_dims) != len(want_dims):
        return None
    for axis, (size, wanted) in enumerate(zip(got_dims, want_dims)):
        if axis and size is not None and wanted is not None and size != wanted:
            return axis, size
    return None


def _writes_size(evidence, stmt, size: int) -> bool:
    """Whether ``stmt`` writes ``size`` itself: an int literal of that value, or a name whose
    value (a plain int) is that size."""
    return any(origins.int_value(evidence, node) == size
               for node in (ast.walk(stmt) if stmt is not None else ())
               if isinstance(node, (ast.Constant, ast.Name)))


def _size_through_arrays(evidence, origin, size: int):
    """((array name, its Origin), (setting name, its Origin)) when the statement of ``origin``
    reads an array of ``size`` entries (``crop[idx][:, idx]``) whose own statement writes
    ``size`` through a cell-level setting bound to an int literal (``np.linspace(0, n,
    RESIZE_TO)``); None otherwise."""
    for name in dict.fromkeys(n.id for n in astutil.name_loads_in(origin.node)):
        facts = values.facts(evidence.value(name))
        if facts is None or not facts.shape or facts.shape[0] != size or len(facts.shape) != 1:
            continue
        made = provenance.assignment(evidence, name, before=(origin.cell, origin.line))
        if made is None:
            continue
        setting = _literal_size_setting(evidence, made.line, made.cell, size)
        if setting is not None:
            return (name, made), setting
    return None


def _literal_size_setting(evidence, line, cell, size):
    """``_size_setting`` when that setting is bound to an int literal (``PAD_TO = 12``): the
    line where the number was chosen."""
    setting = _size_setting(evidence, line, cell, size)
    if setting is not None and isinstance(getattr(setting[1].node, "value", None), ast.Constant):
        return setting
    return None


def _setting_fix(evidence, name: str, made, axis: int) -> str:
    return (f"Make the two sizes agree: set `{name}` ({made.where(evidence)}) to what the "
            f"placeholder takes on axis {axis}, or declare the placeholder with the size the "
            "data has.")


def _size_setting(evidence, line, cell, size):
    """(name, Origin) of the cell-level int setting that the statement at (``line``,
    ``cell``) reads for ``size`` (``[None, img_size_flat]`` with ``img_size_flat = 728``)."""
    stmt = evidence.statement_at(line, cell) if line is not None else None
    for node in ast.walk(stmt) if stmt is not None else ():
        if isinstance(node, ast.Name) and origins.int_value(evidence, node) == size:
            origin = provenance.assignment(evidence, node.id)
            return (node.id, origin) if origin is not None else None
    return None


def _shape_hint(got: str, want: str) -> str:
    got_dims = [d.strip() for d in got.strip("()").split(",") if d.strip()]
    want_dims = [d.strip() for d in want.strip("()").split(",") if d.strip()]
    if len(got_dims) + 1 == len(want_dims):
        return f": one axis is missing (rank {len(got_dims)} instead of {len(want_dims)})"
    if len(got_dims) != len(want_dims):
        return f": rank {len(got_dims)} instead of {len(want_dims)}"
    bad = [i for i, (g, w) in enumerate(zip(got_dims, want_dims)) if w not in ("?", "None", g)]
    if bad:
        return f": axis {bad[0]} is {got_dims[bad[0]]}, not {want_dims[bad[0]]}"
    return ""


NOT_IN_GRAPH = r"Cannot interpret feed_dict key as Tensor: [\s\S]*is not an element of this graph"
NO_SUCH_TENSOR = (r"Cannot interpret feed_dict key as Tensor: The name '([^']+)' refers to a "
                  r"Tensor which does not exist")
RAGGED = r"setting an array element with a sequence"


def key_from_other_graph(evidence) -> Finding | None:
    """A feed key (placeholder) that belongs to a graph replaced since it was made: the cause
    is the graph reset (or new graph) that came after it.

    ``TypeError: Cannot interpret feed_dict key as Tensor: Tensor Tensor("Placeholder:0",
    shape=(None, 7, 7, 3), dtype=float32) is not an element of this graph.``
    """
    feed_dict = evidence.frame_local("feed_dict", lambda v: isinstance(v, dict)) or {}
    session = evidence.frame_local("self", hooks.is_session)
    graph = getattr(session, "graph", None)
    stale = [k for k in feed_dict if getattr(k, "graph", graph) is not graph]
    key = stale[0] if stale else None
    name = (evidence.names_of(key) or [None])[0] if key is not None else None
    made_name, made_line, made_cell = _creation_name(evidence, key) if key is not None else \
        (None, None, None)
    line, cell, how, links = evidence.raise_line, None, "", []
    if evidence.timeline is not None:
        resets = evidence.timeline.of(tl.GRAPH_RESET)
        if resets and resets[-1].line is not None:
            line, cell = resets[-1].line, resets[-1].cell
            how = (f"; the default graph was reset at {phrases.line_ref(line, cell, evidence)}"
                   " and the model rebuilt on new placeholders")
            links = [provenance.fact(evidence, in_cell_label(evidence, made_cell), made_line,
                                     f"{getattr(key, 'name', 'the key')} created")
                     if made_line else None,
                     provenance.fact(evidence, in_cell_label(evidence, cell), line,
                                     "the default graph reset afterwards (timeline)")]
            links = [link for link in links if link]
    tensor = getattr(key, "name", "a placeholder")
    made = f" (created at {phrases.line_ref(made_line, made_cell, evidence)})" if made_line \
        else ""
    return Finding(
        kind="feed_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
        cell=in_cell_label(evidence, cell),
        culprits=[c for c in (name or made_name, tensor) if c],
        summary=(f"The feed key {name or made_name or tensor} ('{tensor}'){made} belongs to an "
                 f"older graph than the one the session runs{how}."),
        fix=("Feed the placeholders of the current graph (rebuild the feed dict after "
             "rebuilding the model), or build the model once."),
        rule="feed", evidence=links)


def key_not_in_graph(evidence) -> Finding | None:
    """A feed key given by a tensor name that the graph does not have.

    ``TypeError: Cannot interpret feed_dict key as Tensor: The name 'input/img:0' refers to a
    Tensor which does not exist. The operation, 'input/img', does not exist in the graph.``
    """
    import re as _re

    match = _re.search(NO_SUCH_TENSOR, evidence.message)
    wanted = match.group(1) if match else ""
    session = evidence.frame_local("self", hooks.is_session)
    graph = getattr(session, "graph", None)
    placeholders = [op.name for op in evidence.graph_operations(graph)
                    if op.type in ("Placeholder", "PlaceholderWithDefault")]
    base = wanted.split(":")[0]
    scope = base.rsplit("/", 1)[0] + "/" if "/" in base else ""
    near = [p for p in placeholders if scope and p.startswith(scope)] or placeholders
    return Finding(
        kind="feed_mismatch", severity="error", line=evidence.raise_line,
        raise_line=evidence.raise_line, culprits=[c for c in [wanted] + near[:3] if c],
        summary=(f"The feed key '{wanted}' names no tensor of the session's graph"
                 + (f"; its placeholders are {phrases.quote(near)}" if near else "") + "."),
        fix=("Feed the placeholder object itself (`{placeholder: value}`), or its exact name "
             "with the output index (e.g. 'scope/name:0')."),
        rule="feed")


def is_feeding(evidence) -> bool:
    return evidence.frame_local("feed_dict", lambda v: isinstance(v, dict)) is not None


def ragged_feed(evidence) -> Finding | None:
    """A fed Python list whose rows have different lengths: NumPy cannot make the
    rectangular array the placeholder needs.

    ``ValueError: setting an array element with a sequence. The requested array has an
    inhomogeneous shape after 1 dimensions.``
    """
    feed_dict = evidence.frame_local("feed_dict", lambda v: isinstance(v, dict)) or {}
    for key, value in feed_dict.items():
        if not isinstance(value, (list, tuple)) or not value:
            continue
        lengths = {len(row) for row in value if hasattr(row, "__len__")}
        if len(lengths) < 2:
            continue
        value_name = _user_name_of(evidence, value, evidence.raise_line)
        trail = provenance.made(evidence, value_name) if value_name else None
        made = trail.origin if trail is not None else None
        line, cell = (made.line, made.cell) if made else (evidence.raise_line, None)
        placeholder = _creation_name(evidence, key)[0] or getattr(key, "name", "")
        return Finding(
            kind="feed_mismatch", severity="error", line=line, raise_line=evidence.raise_line,
            cell=in_cell_label(evidence, cell),
            culprits=[c for c in (value_name, placeholder) if c],
            summary=(f"{value_name or 'The fed list'}"
                     + (f" (built at {phrases.line_ref(line, cell, evidence)})" if made else "")
                     + " holds rows of different lengths "
                     + f"({', '.join(map(str, sorted(lengths)[:5]))})"
                     f", so it cannot become the rectangular array placeholder {placeholder} "
                     "needs."),
            fix=("Pad the rows to one length first (e.g. "
                 "`tf.keras.utils.pad_sequences(rows, padding='post')`), or feed one row at a "
                 "time."),
            rule="feed", evidence=trail.as_evidence(evidence) if made else [])
    return None
