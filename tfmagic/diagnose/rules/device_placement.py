"""device_placement: ops or variables pinned to a device that does not exist.

The cause is the ``with tf.device(...)`` that pinned the op (found in the AST around the op's
creation line), not the ``sess.run`` where placement finally failed. The same evidence turns a
silent soft-placement fallback (GPU requested, CPU used) into a warning on a succeeding cell.
"""

from __future__ import annotations

import ast
import re

from ..._tf import runtime
from ...devices import device_kind, short_device
from ...report import Finding
from .. import astutil, phrases, provenance
from ..origins import at_cell_level, cells_newest_first, raise_limit
from ..common import cause_or_raise, in_cell_label

EXPLICIT = re.compile(r"(?:explicitly assigned to|device specification '?)\s*'?([\w:/\-]+)'?")
AVAILABLE = re.compile(r"[Aa]vailable devices(?: are)? \[([^\]]*)\]")
OPERATION = re.compile(r"Cannot assign a device for operation '?([\w/.\-]+)'?|\[Op:(\w+)\]")


def pinning_with(evidence, line: int | None, cell: str | None = None):
    """Body line of the innermost ``with tf.device(...)`` around a body line of a cell (None:
    this one), or None."""
    if line is None:
        return None
    if evidence.in_this_cell(cell):
        tree, offset = evidence.tree, evidence.offset
    else:
        info = evidence.registry.filename_for(cell)
        tree, offset = (evidence.tree_of(info.filename), info.offset) if info else (None, 0)
    if tree is None:
        return None
    withs = astutil.enclosing_withs(tree, line + offset)
    for node in reversed(withs):
        if astutil.with_calls(node, lambda c: astutil.last_part(c) == "device"):
            return node.lineno - offset
    return None


def device_placement(evidence) -> Finding | None:
    """An op or variable pinned to a device that does not exist.

    ``InvalidArgumentError: Cannot assign a device for operation w: ... was explicitly assigned
    to /device:GPU:0 but available devices are [ /job:localhost/replica:0/task:0/device:CPU:0 ]``
    """
    message = evidence.message
    match = EXPLICIT.search(message)
    requested = short_device(match.group(1)) if match else ""
    available = AVAILABLE.search(message)
    devices = [short_device(d.strip()) for d in available.group(1).split(",") if d.strip()] \
        if available else []
    op_match = OPERATION.search(message)
    op_name = next((g for g in op_match.groups() if g), "") if op_match else ""
    op_name = op_name or getattr(evidence.op, "name", "")
    created_line, cell = cause_or_raise(evidence)
    line, links = created_line, []
    pinned = pinning_with(evidence, created_line, cell)
    if pinned is not None:
        # The op's creation (its traceback) lies inside this `with tf.device(...)` block.
        line = pinned
        links = [provenance.fact(evidence, cell, created_line,
                                 f"'{op_name}' was created" if op_name else "the op was created"),
                 provenance.fact(evidence, cell, pinned, "inside `with tf.device(...)`")]
    culprits = [d for d in (requested, op_name) if d]
    listed = _strategy_devices(evidence) if pinned is None else None
    if listed is not None:
        # The raising statement makes a distribution strategy from a device list: the list
        # names the device, and where it was written is where the pin came from.
        name, made = listed
        line, cell, pinned = made.line, made.cell, made.line
        links = [provenance.fact(evidence, None, evidence.raise_line,
                                 f"the strategy is made from `{name}`")] + \
            [provenance.fact(evidence, made.cell, made.line, f"`{name}` lists the devices")]
        culprits.append(name)
    off = _soft_placement_turned_off(evidence)
    have = ", ".join(devices) if devices else "only the devices TensorFlow lists"
    by = (f"by the device list `{listed[0]}` ({phrases.line_ref(line, cell, evidence)}) its "
          "distribution strategy was given" if listed is not None else
          f"by `tf.device` ({phrases.line_ref(line, cell, evidence)})" if pinned is not None
          else f"(created at {phrases.line_ref(line, cell, evidence)})")
    summary = ((f"Operation '{op_name}'" if op_name else "The op")
               + f" is pinned to {requested or 'a device'} {by}, but that device does not "
               f"exist here (available: {have}).")
    fix = ("Pick the device from what exists: `'/GPU:0' if tf.config.list_physical_devices("
           "'GPU') else '/CPU:0'`, or create the session with "
           "`tf.compat.v1.ConfigProto(allow_soft_placement=True)`.")
    if off is not None:
        # The cells turned soft placement off: without that the pinned op would have run on
        # a device that exists; that statement is what made the pin an error.
        off_cell, off_line, off_text = off
        summary += (f" Soft placement, which would have run it on a device that exists, was "
                    f"turned off at {phrases.line_ref(off_line, off_cell, evidence)} "
                    f"(`{off_text}`).")
        fix = (f"Leave soft placement on (remove `{off_text}` at "
               f"{phrases.line_ref(off_line, off_cell, evidence)}), or pin the op to a device "
               "that exists.")
        links = links + [provenance.fact(evidence, off_cell, off_line,
                                         "soft placement turned off")]
        if listed is None:
            line, cell = off_line, off_cell
        else:
            fix = (f"Build `{listed[0]}` ({phrases.line_ref(line, cell, evidence)}) from the "
                   "devices that exist (`tf.config.list_logical_devices('GPU')`), or use the "
                   "default strategy when there are none.")
    return Finding(kind="device_placement", severity="error", line=line,
                   raise_line=evidence.raise_line, cell=in_cell_label(evidence, cell),
                   culprits=culprits, summary=summary, fix=fix, rule="device",
                   evidence=links)


def _strategy_devices(evidence):
    """(name, Origin) of the device list a distribution strategy is made from on the raising
    statement (``MirroredStrategy(devices)``, ``devices=...``), when it is a plain name
    whose binding is a literal list or tuple; None otherwise."""
    stmt = evidence.statement_at(evidence.raise_line)
    for call in astutil.calls(stmt) if stmt is not None else ():
        if not astutil.last_part(call).endswith("Strategy"):
            continue
        given = astutil.keyword(call, "devices") or (call.args[0] if call.args else None)
        if not isinstance(given, ast.Name):
            continue
        made = provenance.assignment(evidence, given.id)
        if made is not None and isinstance(getattr(made.node, "value", None),
                                           (ast.List, ast.Tuple)):
            return given.id, made
    return None


def _soft_placement_turned_off(evidence):
    """(cell, body line, code) of the newest cell-level statement, before the failure, that
    turned eager soft placement off (``tf.config.set_soft_device_placement(False)``; it is on
    by default, while a TF1 session's ``allow_soft_placement`` is off by default, so writing
    that one False changes nothing); None when none did, or a later one turned it back on."""
    limit = raise_limit(evidence)
    for label, _, offset, tree in cells_newest_first(evidence):
        found = []
        for call in astutil.calls(tree):
            if label is None and limit is not None and call.lineno >= limit:
                continue
            name = astutil.last_part(call)
            if name != "set_soft_device_placement" or not call.args:
                continue
            flag = astutil.constant(call.args[0])
            if flag in (True, False) and at_cell_level(evidence, tree, call):
                found.append((call.lineno, flag, call))
        if found:
            lineno, flag, call = max(found, key=lambda item: item[0])
            if flag is True:
                return None
            return label, lineno - offset, ast.unparse(call)[:80]
    return None


def soft_placement_warnings(evidence) -> list[Finding]:
    """Variables that asked for one kind of device and got another (eager soft placement)."""
    groups: dict = {}
    for record in evidence.records:
        asked, got = device_kind(record.requested_device), device_kind(record.device)
        if asked and got and asked != got and record.graph_ref is None:
            line = pinning_with(evidence, record.line) if evidence.in_this_cell(record.cell) \
                else None
            key = (line or record.line, record.cell, short_device(record.requested_device))
            groups.setdefault(key, []).append(record)
    findings = missing_device_pins(evidence, {key[0] for key in groups if key[1] is None or
                                               evidence.in_this_cell(key[1])})
    for (line, cell, asked), records in groups.items():
        got = short_device(records[0].device)
        names = [r.short_name for r in records]
        findings.append(Finding(
            kind="device_placement", severity="warning", line=line,
            cell=in_cell_label(evidence, cell), culprits=[asked] + names,
            summary=(f"{', '.join(repr(n) for n in names)} asked for {asked} but "
                     f"{'were' if len(names) > 1 else 'was'} placed on {got}: no {asked} is "
                     "visible, and soft placement silently moved the work."),
            fix=("Check `tf.config.list_physical_devices('GPU')`: install the GPU build and "
                 "drivers, or drop the `tf.device` pin; call "
                 "`tf.config.set_soft_device_placement(False)` to make such fallbacks fail "
                 "loudly."),
            rule="device"))
    return findings


def missing_device_pins(evidence, already: set) -> list[Finding]:
    """``with tf.device("/GPU:0")`` in a cell that ran although no such device exists: the
    ops inside silently ran elsewhere (soft placement), even when no variable was made."""
    if evidence.exc is not None or evidence.tree is None:
        return []
    findings = []
    for node in astutil.all_withs(evidence.tree):
        for call in astutil.with_calls(node, lambda c: astutil.last_part(c) == "device"):
            requested = astutil.constant(call.args[0]) if call.args else None
            kind = device_kind(requested) if isinstance(requested, str) else ""
            line = evidence.body_line_of(node)
            if kind in ("GPU", "TPU") and line not in already and \
                    runtime.physical_devices(kind) == []:
                findings.append(Finding(
                    kind="device_placement", severity="warning", line=line,
                    culprits=[short_device(requested)],
                    summary=(f"The ops under `tf.device({requested!r})` "
                             f"({phrases.line_ref(line, None, evidence)}) ran, but "
                             f"this machine has no {kind}: soft placement silently moved them "
                             "to the CPU."),
                    fix=("Check `tf.config.list_physical_devices('GPU')` (drivers, the GPU "
                         "build of TensorFlow) or drop the pin; "
                         "`tf.config.set_soft_device_placement(False)` makes such fallbacks "
                         "fail loudly."),
                    rule="device"))
    return findings

