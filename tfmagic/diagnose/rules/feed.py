"""feed_mismatch: a ``feed_dict`` value whose shape or dtype does not fit its placeholder.

TensorFlow raises at ``sess.run`` with no op traceback; the cause is where the fed value was
built. The run frame's ``feed_dict`` gives the offending value, the user namespace gives the
name bound to it, and the AST gives the line that last assigned that name.
"""

from __future__ import annotations

import re

from ..._tf import errors, runtime
from ...report import Finding
from .. import astutil
from .common import in_cell_label

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
    names = [n for n, v in evidence.user_ns.items() if v is obj and not n.startswith("_")]
    if evidence.tree is not None:
        for name in names:
            if astutil.last_assignment_before(evidence.tree, name,
                                              (before_line or 10**9) + evidence.offset):
                return name
    return names[0] if names else None


def _creation_name(evidence, tensor) -> tuple[str | None, int | None, str | None]:
    """(user variable name, body line, cell) where a placeholder tensor was created."""
    frames = evidence.cell_frames_of(errors.op_traceback(getattr(tensor, "op", None)))
    if not frames:
        return None, None, None
    frame = frames[-1]
    name = None
    if evidence.in_this_cell(frame.label) and evidence.tree is not None:
        stmt = astutil.statement_at(evidence.tree, frame.lineno)
        names = astutil.assigned_names(stmt) if stmt is not None else []
        name = names[0] if names else None
    return name, frame.line, frame.label


def feed_mismatch(evidence) -> Finding | None:
    message = evidence.message
    match = CANNOT_FEED.search(message)
    tensor_as_value = any(text in message for text in TENSOR_AS_VALUE)
    if not match and not tensor_as_value and "feed" not in message.lower():
        return None
    if not match and not tensor_as_value:
        return None
    feed_dict = evidence.frame_local("feed_dict", lambda v: isinstance(v, dict))
    line, cell = evidence.raise_line, None
    culprits = []
    placeholder_name = None
    if match:
        got, tensor_name, want = match.groups()
        key, value = _find_tensor_key(feed_dict, tensor_name)
        placeholder_name, placeholder_line, _ = _creation_name(evidence, key) if key is not \
            None else (None, None, None)
        value_name = _user_name_of(evidence, value, evidence.raise_line) if value is not None \
            else None
        if value_name and evidence.tree is not None:
            stmt = astutil.last_assignment_before(evidence.tree, value_name,
                                                  (evidence.raise_line or 10**9) + evidence.offset)
            if stmt is not None:
                line = evidence.body_line_of(stmt)
        culprits = [c for c in (placeholder_name or tensor_name, value_name) if c]
        hint = _shape_hint(got, want)
        where = f" (created at line {placeholder_line})" if placeholder_line else ""
        summary = (f"{value_name or 'The fed value'} has shape {got} but placeholder "
                   f"{placeholder_name or tensor_name}{where} expects {want}{hint}.")
        fix = (f"Build {value_name or 'the value'} with shape {want.replace('?', 'batch')} "
               f"(line {line}) — e.g. reshape or add the missing axis with `[..., None]` — or "
               "define the placeholder with the shape your data has.")
    else:
        tensors = [(k, v) for k, v in (feed_dict or {}).items()
                   if runtime.is_tensor_not_variable(v)]
        if tensors:
            key, value = tensors[0]
            placeholder_name = _creation_name(evidence, key)[0]
            value_name = _user_name_of(evidence, value, evidence.raise_line)
            stmt = astutil.last_assignment_before(
                evidence.tree, value_name, (evidence.raise_line or 10**9) + evidence.offset) \
                if value_name and evidence.tree is not None else None
            if stmt is not None:
                line = evidence.body_line_of(stmt)
            culprits = [c for c in (placeholder_name, value_name) if c]
        summary = ("A tf.Tensor" + (f" ({culprits[-1]}, line {line})" if culprits else "")
                   + " was passed as a feed value; feed_dict values must be NumPy "
                   "arrays or Python values.")
        fix = ("Evaluate the tensor first (`value = sess.run(tensor)`) and feed the result, "
               "or wire the tensor into the graph instead of feeding it.")
    return Finding(kind="feed_mismatch", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="feed")


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
