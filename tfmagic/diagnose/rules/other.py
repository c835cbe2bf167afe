"""Fallback: any failure gets the annotated cell with its raise line."""

from __future__ import annotations

from ...report import Finding


def other(evidence) -> Finding:
    frame = evidence.deepest_raise_frame()
    line = evidence.raise_line
    cell = None
    if frame is not None and not evidence.in_this_cell(frame.label):
        # The failing code is a function defined in an earlier cell.
        cell, line = frame.label, frame.line
    first_line = (evidence.message or "").strip().splitlines()
    text = first_line[0] if first_line else ""
    where = f"line {line}" + (f" of {cell}" if cell else "") if line else "this cell"
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


CLOSED_SESSION = r"Attempted to use a closed Session"


def closed_session(evidence) -> Finding | None:
    """A session used after it was closed — often by the ``with Session() as sess:`` block
    that made it: the cause is where it was closed.

    ``RuntimeError: Attempted to use a closed Session.``
    """
    from ... import timeline as tl
    from .. import phrases

    session = evidence.frame_local("self", lambda v: hasattr(v, "graph") and
                                   hasattr(v, "run") and hasattr(v, "close"))
    if evidence.timeline is None or session is None:
        return None
    closed = evidence.timeline.of(tl.SESSION_CLOSED, session=session)
    created = evidence.timeline.of(tl.SESSION_CREATED, session=session)
    event = closed[-1] if closed else None
    if event is None or event.line is None:
        return None
    names = evidence.names_of(session)
    name = names[0] if names else "The session"
    made = created[-1] if created else None
    by_with = made is not None and (made.cell, made.line) == (event.cell, event.line)
    where = phrases.line_ref(event.line, event.cell, evidence)
    summary = (f"{name} was closed at {where}"
               + (" when its `with tf.compat.v1.Session() as ...:` block ended" if by_with
                  else "") + "; a closed session cannot run anything.")
    return Finding(
        kind="other", severity="error", line=event.line, raise_line=evidence.raise_line,
        cell=None if evidence.in_this_cell(event.cell) else event.cell,
        culprits=[c for c in (names[0] if names else None, "closed") if c], summary=summary,
        fix=("Run the work inside the `with` block, or create the session without `with` "
             "(`sess = tf.compat.v1.Session()`) and close it when done."),
        rule="other")
