"""uninitialized_variable: a graph-mode variable read before its initializer ran.

Evidence, in order of strength: the variable TensorFlow names (message or failing op), the
ledger's creation line for it, the session's initializer history (did an initializer run, and
did it cover this variable?), and the cell's AST (where the session was made).
"""

from __future__ import annotations

import re

from ..._tf import errors, hooks
from ...report import Finding
from .. import astutil

PATTERNS = (
    re.compile(r"Attempting to use uninitialized value ([\w/.\-]+)"),
    re.compile(r"Could not find variable ([\w/.\-]+)\. .*uninitialized", re.S),
    re.compile(r"Error while reading resource variable ([\w/.\-]+) from Container"),
    re.compile(r"resource variable ([\w/.\-]+) .*uninitialized", re.S),
)
READ_SUFFIXES = ("/Read/ReadVariableOp", "/read", "/ReadVariableOp", "/IsInitialized/VarIsInitializedOp")
SAVE_OP_TYPES = {"SaveV2", "Save", "SaveSlices", "MergeV2Checkpoints"}


def variable_names_in(evidence) -> list[str]:
    names = []
    for pattern in PATTERNS:
        for match in pattern.finditer(evidence.message):
            name = match.group(1).rstrip(".")
            if name not in names:
                names.append(name)
    op = evidence.op
    if op is not None and not names:
        name = op.name
        for suffix in READ_SUFFIXES:
            if name.endswith(suffix):
                names.append(name[: -len(suffix)])
    return names


def is_uninitialized_error(evidence) -> bool:
    if evidence.error_type not in ("FailedPreconditionError", "NotFoundError"):
        return False
    text = evidence.message
    return "uninitialized" in text or "Could not find variable" in text or \
        "Error while reading resource variable" in text


def failing_session(evidence):
    return evidence.frame_local("self", hooks.is_session)


def session_creation_line(evidence, before_line: int | None):
    """Body line of the last ``...Session(...)`` made in this cell before ``before_line``."""
    if evidence.tree is None:
        return None
    lines = []
    for call in astutil.calls(evidence.tree):
        if astutil.last_part(call) in ("Session", "InteractiveSession", "MonitoredSession",
                                       "MonitoredTrainingSession"):
            line = evidence.body_line_of(call)
            if before_line is None or line <= before_line:
                lines.append(line)
    return max(lines) if lines else None


def uninitialized(evidence) -> Finding | None:
    if not is_uninitialized_error(evidence):
        return None
    names = variable_names_in(evidence)
    records = [r for name in names for r in evidence.records_named(name)]
    session = failing_session(evidence)
    events = evidence.history.for_session(session) if session is not None else []
    raise_line = evidence.raise_line
    culprits = [_short(n) for n in names]
    op_type = getattr(evidence.op, "type", "")
    saving = op_type in SAVE_OP_TYPES or any(
        f.f_code.co_name in ("save", "_save") and "saver" in f.f_code.co_filename
        for f in evidence.tb_frames)
    record = records[0] if records else None
    created = _where(record, evidence)
    session_line = session_creation_line(evidence, raise_line)
    line, cell = (record.line, record.cell) if record else (raise_line, None)
    what = "saving" if saving else "reading"
    if events:
        last = events[-1]
        covered = any(_short(n) in {_short(t) for t in e.targets} for e in events for n in names)
        ran_at = f"line {last.line}" + (f" of {last.cell}" if last.cell and
                                        last.cell != evidence.cell_label else "")
        if not covered:
            targets = {_short(t) for e in events for t in e.targets}
            culprits += [r.short_name for r in _same_graph(evidence, record)
                         if r.initialized is not True and r.short_name not in targets
                         and r.short_name not in culprits][:10]
            built = _initializer_built_at(evidence, session, last)
            if record is not None and _position(record.cell, record.line) > \
                    _position(last.cell, last.line):
                summary = (f"{_quote(culprits)} {_was(culprits)} created{created} after the "
                           f"initializer ran at {ran_at}, so that initializer never covered "
                           f"{_them(culprits)}; {what} {_them(culprits)} fails.")
            elif built is not None and record is not None and \
                    _position(record.cell, record.line) > _position(*built):
                line, cell = built[1], built[0]
                summary = (f"The initializer was built at line {built[1]}, before "
                           f"{_quote(culprits)} {_was(culprits)} created{created}; an "
                           "initializer only "
                           f"covers variables that exist when it is built, so running it at "
                           f"{ran_at} left {_quote(culprits)} without a value.")
            else:
                if built is not None:
                    line, cell = built[1], built[0]
                summary = (f"The initializer that ran at {ran_at} covers only "
                           f"{_quote(sorted(targets)[:5])}, not {_quote(culprits)}; "
                           f"{what} it fails.")
            fix = ("Build the whole model (optimizer slots included, e.g. the `minimize()` "
                   "call) before calling `global_variables_initializer()`, and run the "
                   "initializer after the last variable is created — or initialize the new "
                   "variables with `tf.compat.v1.variables_initializer([...])`.")
        else:
            summary = (f"{_quote(culprits)} has no value in this session although an initializer "
                       f"ran at {ran_at}; it was re-created or the session is a different one.")
            fix = "Run the initializer in the same session that reads the variable."
    else:
        count = _uninitialized_count(evidence, session, record)
        others = f" (and {count - 1} more)" if count > 1 else ""
        summary = (f"{_quote(culprits)}{others} {_was(culprits)} created{created} but no "
                   f"initializer ever ran in this session, so {what} {_them(culprits)} fails.")
        fix = ("Run `sess.run(tf.compat.v1.global_variables_initializer())` right after "
               "creating the session" + (f" (line {session_line})" if session_line else "")
               + f", before {'saving' if saving else 'the first sess.run'}; or restore the "
               "variables from a checkpoint.")
        culprits += [r.short_name for r in _same_graph(evidence, record)
                     if r.initialized is not True and r.short_name not in culprits][:10]
        if saving and session_line is not None:
            # Saving reads every variable: the missing step belongs to the session, not to one
            # variable (TensorFlow names an arbitrary one of them).
            line, cell = session_line, None
    if record is not None and record.owner and record.owner not in culprits:
        culprits.append(record.owner)
    scope = _scope_of(names)
    if scope and scope not in culprits:
        culprits.append(scope)
    return Finding(kind="uninitialized_variable", severity="error", line=line,
                   raise_line=raise_line, cell=None if evidence.in_this_cell(cell) else cell,
                   culprits=culprits, summary=summary, fix=fix, rule="uninitialized")


def _position(cell, line) -> tuple:
    """Sortable (cell number, line): orders events and creations across cells."""
    number = int(cell[3:-1]) if cell and cell.startswith("In[") and cell[3:-1].isdigit() else 0
    return number, line or 0


def _initializer_built_at(evidence, session, event):
    """(cell label, body line) where the initializer op that ran was built, if in a cell."""
    try:
        op = session.graph.get_operation_by_name(event.op_name)
    except Exception:  # noqa: BLE001
        return None
    frames = evidence.cell_frames_of(errors.op_traceback(op))
    if not frames:
        return None
    return frames[-1].label, frames[-1].line


def _same_graph(evidence, record) -> list:
    if record is None or record.graph_ref is None:
        return []
    graph = record.graph_ref()
    return [r for r in evidence.all_records if r.graph_ref is not None and r.graph_ref() is graph]


def _uninitialized_count(evidence, session, record) -> int:
    return len([r for r in _same_graph(evidence, record) if r.initialized is not True]) or 1


def _where(record, evidence) -> str:
    if record is None or record.line is None:
        return ""
    if evidence.in_this_cell(record.cell):
        return f" at line {record.line}"
    return f" at line {record.line} of {record.cell}"


def _short(name: str) -> str:
    return re.sub(r":\d+$", "", name)


def _scope_of(names) -> str:
    for name in names:
        if "/" in name:
            return name.split("/", 1)[0] + "/"
    return ""


def _was(names) -> str:
    return "were" if len(names) > 1 else "was"


def _them(names) -> str:
    return "them" if len(names) > 1 else "it"


def _quote(names) -> str:
    return ", ".join(f"'{n}'" for n in names) if names else "A variable"


def uninitialized_warnings(evidence) -> list[Finding]:
    """Variables this cell created that a live session has not initialized (checked at the
    end of the cell by the ledger)."""
    if evidence.exc is not None:
        return []
    left = [r for r in evidence.records if r.initialized is False]
    if not left:
        return []
    first = left[0]
    names = [r.short_name for r in left]
    shown = ", ".join(f"'{n}'" for n in names[:5]) + (f" and {len(names) - 5} more"
                                                       if len(names) > 5 else "")
    return [Finding(
        kind="uninitialized_variable", severity="warning", line=first.line,
        cell=None if evidence.in_this_cell(first.cell) else first.cell, culprits=names[:10],
        summary=(f"{shown} {'is' if len(names) == 1 else 'are'} not initialized in the live "
                 "session: the first sess.run that reads them will fail."),
        fix=("Run `sess.run(tf.compat.v1.global_variables_initializer())` after the last "
             "variable (optimizer slots included) is created, or initialize just these with "
             "`tf.compat.v1.variables_initializer([...])`."),
        rule="uninitialized")]
