"""The records tfmagic produces: variables seen, findings, and the per-cell report.

Everything here is plain data (no TensorFlow import, no references to tensors or
variables) so a report can be kept, serialized and displayed long after the
objects it describes are gone.
"""

from __future__ import annotations

import dataclasses
import weakref
from dataclasses import dataclass, field
from typing import Any

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}

KINDS = (
    "uninitialized_variable",
    "unbuilt_layer",
    "out_of_memory",
    "variable_not_found",
    "variable_already_exists",
    "checkpoint_mismatch",
    "tf_function_variable_creation",
    "untracked_weights",
    "missing_gradient",
    "feed_mismatch",
    "device_placement",
    "shape_mismatch",
    "other",
)


@dataclass
class VariableRecord:
    """What tfmagic knows about one TensorFlow variable, without keeping it alive."""

    name: str
    shape: tuple | None = None
    dtype: str | None = None
    trainable: bool | None = None
    line: int | None = None
    cell: str | None = None
    name_scope: str = ""
    variable_scope: str = ""
    requested_device: str = ""
    device: str = ""
    initialized: bool | None = None
    owner: str | None = None
    in_function: bool = False
    # Private bookkeeping, excluded from to_dict(): a weak reference to the variable
    # and to the graph it lives in (None in eager mode), plus the creating file.
    ref: Any = field(default=None, repr=False, compare=False)
    graph_ref: Any = field(default=None, repr=False, compare=False)
    filename: str | None = field(default=None, repr=False, compare=False)
    replica_devices: list[str] = field(default_factory=list, repr=False)
    tf_name: str | None = field(default=None, repr=False)
    reuse: object = field(default=None, repr=False, compare=False)

    PUBLIC_FIELDS = (
        "name", "shape", "dtype", "trainable", "line", "cell", "name_scope",
        "variable_scope", "requested_device", "device", "initialized", "owner",
        "in_function",
    )

    @property
    def short_name(self) -> str:
        """The name without the ':0' output suffix TensorFlow appends."""
        return self.name[:-2] if self.name.endswith(":0") else self.name

    def alive(self):
        """The variable if it still exists, else None."""
        return self.ref() if isinstance(self.ref, weakref.ref) else None

    def to_dict(self) -> dict:
        out = {name: getattr(self, name) for name in self.PUBLIC_FIELDS}
        out["shape"] = list(self.shape) if self.shape is not None else None
        if self.replica_devices:
            out["replica_devices"] = list(self.replica_devices)
        if self.tf_name and self.tf_name != self.name:
            out["tf_name"] = self.tf_name
        return out


@dataclass
class Finding:
    """One diagnosis: what went wrong (or looks wrong), where, and how to fix it."""

    kind: str
    severity: str
    summary: str
    fix: str = ""
    line: int | None = None
    raise_line: int | None = None
    culprits: list[str] = field(default_factory=list)
    cell: str | None = None
    # Cause lines in other cells: (cell label, body line, source text); the report shows the
    # line as that cell's editor numbers it (``Report.cell_offsets``).
    other_cell_lines: list[tuple[str, int, str]] = field(default_factory=list)
    rule: str = ""
    # The chain of recorded evidence behind a cause away from the raise line, oldest link
    # last: ``{"cell": label | None, "line": body line | None, "text": what happened there}``.
    evidence: list[dict] = field(default_factory=list)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown finding kind {self.kind!r}")
        if self.severity not in SEVERITY_ORDER:
            raise ValueError(f"unknown severity {self.severity!r}")

    def to_dict(self) -> dict:
        out = dataclasses.asdict(self)
        out["other_cell_lines"] = [list(item) for item in self.other_cell_lines]
        return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Most important first: errors, then warnings, then info; stable otherwise."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


@dataclass
class Report:
    """The outcome of one %%tfcheck cell."""

    ok: bool
    error_type: str | None = None
    error_message: str | None = None
    findings: list[Finding] = field(default_factory=list)
    variables: list[VariableRecord] = field(default_factory=list)
    cell_label: str = ""
    source: str = ""
    raise_line: int | None = None
    raise_col: tuple[int, int] | None = None
    # Facts tfmagic could not collect on this TensorFlow version (hooks that failed).
    unavailable: list[str] = field(default_factory=list)
    # Set when tfmagic itself failed while diagnosing or rendering.
    internal_error: str | None = None
    # The `%%tfcheck ...` line above the body (editor line 1), or None when the cell has none.
    header: str | None = None
    # tfmagic's own faults while the cell ran (a hook or the ledger failed): what was not
    # recorded, one line each. Not TensorFlow limitations: those are ``unavailable``.
    faults: list[str] = field(default_factory=list)
    # Editor line minus body line for every cell the report names, its own included: 1 for a
    # cell that starts with a ``%%tfcheck`` line, 0 for a plain cell (auto mode). Lines in
    # ``Finding``/``VariableRecord`` stay body lines; the renderer adds these to show the
    # editor's numbers.
    cell_offsets: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def has_problems(self) -> bool:
        return (not self.ok or bool(self.errors or self.warnings)
                or bool(self.internal_error) or bool(self.faults))

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "error_type": self.error_type,
            "error_message": self.error_message,
            "findings": [f.to_dict() for f in self.findings],
            "variables": [v.to_dict() for v in self.variables],
            "cell": self.cell_label,
            "raise_line": self.raise_line,
            "unavailable": list(self.unavailable),
            "internal_error": self.internal_error,
            "faults": list(self.faults),
            "cell_offsets": dict(self.cell_offsets),
        }

    # Rich display (public API). ``render`` reads reports by attribute and never imports this
    # module, so the dependency runs one way: report -> render.
    def _repr_mimebundle_(self, include=None, exclude=None):
        from . import render

        return render.report_bundle(self)

    def _repr_pretty_(self, printer, cycle):
        from . import render

        printer.text(render.report_text(self).rstrip("\n"))

    def __repr__(self) -> str:
        status = "ok" if self.ok else f"failed: {self.error_type}"
        return (f"<tfmagic.Report {self.cell_label or 'cell'} {status}, "
                f"{len(self.findings)} finding(s), {len(self.variables)} variable(s)>")


@dataclass
class GraphReport:
    """The outcome of one %tfgraph call."""

    uninitialized: list[VariableRecord] = field(default_factory=list)
    variables: list[VariableRecord] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mode: str = "graph"
    show_all: bool = False
    # Per variable name: initialized True/False/None, for --all display.
    status: dict = field(default_factory=dict)
    # Editor line minus body line per cell label the records name (see ``Report``).
    cell_offsets: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "mode": self.mode,
            "uninitialized": [v.to_dict() for v in self.uninitialized],
            "variables": [v.to_dict() for v in self.variables],
            "findings": [f.to_dict() for f in self.findings],
            "notes": list(self.notes),
            "cell_offsets": dict(self.cell_offsets),
        }

    def _repr_mimebundle_(self, include=None, exclude=None):
        from . import render

        return render.graph_bundle(self)

    def _repr_pretty_(self, printer, cycle):
        from . import render

        printer.text(render.graph_text(self).rstrip("\n"))

    def __repr__(self) -> str:
        return (f"<tfmagic.GraphReport {len(self.uninitialized)} uninitialized of "
                f"{len(self.variables)}, {len(self.findings)} finding(s)>")
