"""What an ``OpError`` says about the op that failed and where that op was created.
"""

from __future__ import annotations

import re
import sys

from .patches import tf_imported

def is_op_error(exc) -> bool:
    if not tf_imported():
        return False
    op_error = getattr(getattr(sys.modules["tensorflow"], "errors", None), "OpError", None)
    return op_error is not None and isinstance(exc, op_error)


_DETECTED_AT = re.compile(r"Detected at node '?([^'\s:]+)'?")


def failing_op(exc):
    """The op an OpError names: ``exc.op`` or the node in "Detected at node X"."""
    op = getattr(exc, "op", None)
    if op is not None:
        return op
    match = _DETECTED_AT.search(str(getattr(exc, "message", "")) or str(exc))
    if not match:
        return None
    try:
        tf = sys.modules["tensorflow"]
        return tf.compat.v1.get_default_graph().get_operation_by_name(match.group(1))
    except Exception:  # noqa: BLE001
        return None


def op_traceback(op) -> list[tuple[str, int]]:
    """(filename, lineno) frames where an op was created, oldest first."""
    try:
        frames = op.traceback
    except Exception:  # noqa: BLE001
        return []
    out = []
    for frame in frames or ():
        filename = getattr(frame, "filename", None)
        lineno = getattr(frame, "lineno", None)
        if filename is None and isinstance(frame, tuple):
            filename, lineno = frame[0], frame[1]
        if filename is not None and lineno is not None:
            out.append((filename, int(lineno)))
    return out
