"""The core of ``%%tfcheck``, independent of IPython's display machinery.

``CellCheck`` compiles a body, records variables while it runs and turns the outcome into a
``Report``.  It never raises on its own account after the user's code has started: a fault in
tfmagic becomes ``Report.internal_error`` so the user's exception is never lost or replaced.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from . import runner
from .ledger import Ledger
from .state import ExtensionState
from .report import Finding, Report, sort_findings


@dataclass
class CheckOptions:
    quiet: bool = False
    max_rows: int = 50
    show_summary: bool = True


class CellCheck:
    """One run of a %%tfcheck cell: compile, record, report."""

    # True for a plain cell checked by auto mode or the post-mortem (``auto.py``).
    plain_cell = False

    def __init__(self, shell, state: ExtensionState, magic_line: str, body: str,
                 options: CheckOptions):
        self.shell = shell
        self.state = state
        self.magic_line = magic_line
        self.body = body
        self.options = options
        self.compiled: runner.CompiledCell | None = None
        self.ledger = Ledger(state.registry, state.initializer_ops, state.timeline)
        self.setup_faults: list[str] = []

    def compile(self) -> runner.CompiledCell:
        self.compiled = runner.compile_cell(self.shell, self.state.registry, self.magic_line,
                                            self.body)
        return self.compiled

    def run(self):
        """Execute the body under the ledger; exceptions propagate unchanged.

        The ledger starting or stopping is tfmagic's business: a fault there is noted and the
        body runs (or its outcome stands) all the same, with no patch left behind.
        """
        __tracebackhide__ = True  # noqa: F841
        try:
            self.ledger.start()
        except Exception as exc:  # noqa: BLE001
            self.ledger.fault("starting the variable ledger", exc)
            self._stop_ledger()
        try:
            return runner.execute(self.shell, self.compiled)
        finally:
            self._stop_ledger()

    def _stop_ledger(self) -> None:
        try:
            self.ledger.stop()
        except Exception as exc:  # noqa: BLE001
            self.ledger.fault("stopping the variable ledger", exc)
            from ._tf import patches

            patches.restore_all_patches()

    # ------------------------------------------------------------------ reports
    def _new_report(self, ok: bool, exc: BaseException | None) -> Report:
        label = self.compiled.label if self.compiled else ""
        return Report(
            ok=ok,
            error_type=type(exc).__name__ if exc is not None else None,
            error_message=_message(exc) if exc is not None else None,
            variables=list(self.ledger.records),
            cell_label=label,
            source=self.body,
            unavailable=list(self.ledger.unavailable),
            header=self._header(),
            faults=self.ledger.faults + list(self.setup_faults),
        )

    def _header(self) -> str | None:
        if self.plain_cell:  # auto mode / post-mortem: the cell has no magic line
            return None
        return ("%%tfcheck " + self.magic_line.strip()).rstrip()

    def _cell_offsets(self, report: Report) -> dict[str, int]:
        """Editor-minus-body offsets of the cells the report names, from the same registry the
        diagnosis sentences use (``phrases.line_ref``), so every number shown agrees."""
        labels = {f.cell for f in report.findings}
        labels.update(label for f in report.findings for label, _, _ in f.other_cell_lines)
        labels.update(r.cell for r in report.variables)
        labels.discard(report.cell_label)
        offsets = self.state.registry.offsets(labels)
        if report.cell_label:
            offsets[report.cell_label] = 0 if report.header is None else 1
        return offsets

    def safe_report(self, make, *exc) -> Report:
        """``make(*exc)``, or a minimal report saying the diagnosis failed: building a report
        must never raise, or a tfmagic fault would replace the user's exception."""
        try:
            return make(*exc)
        except Exception:  # noqa: BLE001
            fault = _short_fault()
        error = exc[0] if exc else None
        try:
            message = _message(error) if error is not None else None
        except Exception:  # noqa: BLE001 - an exception whose __str__ raises
            message = f"<{type(error).__name__} with an unprintable message>"
        return Report(
            ok=error is None,
            error_type=type(error).__name__ if error is not None else None,
            error_message=message,
            cell_label=self.compiled.label if self.compiled else "",
            source=self.body,
            internal_error=fault,
            header=self._header(),
            faults=self.ledger.faults + list(self.setup_faults),
        )

    def success_report(self) -> Report:
        report = self._new_report(True, None)
        self._fill(report, None)
        return report

    def failure_report(self, exc: BaseException) -> Report:
        report = self._new_report(False, exc)
        self._fill(report, exc)
        return report

    def syntax_error_report(self, exc: SyntaxError) -> Report:
        report = self._new_report(False, exc)
        line = (exc.lineno or 1) - 1 if exc.lineno else None
        report.raise_line = line
        report.findings = [Finding(
            kind="other", severity="error", line=line, raise_line=line,
            summary=f"The cell does not parse: {exc.msg} (line {exc.lineno}).",
            fix="Correct the syntax on the marked line; nothing in the cell ran.",
            rule="syntax")]
        return report

    def _fill(self, report: Report, exc: BaseException | None) -> None:
        from . import diagnose

        try:
            if exc is None:
                # Initialization state needs session.run on the user's sessions: worth it to
                # warn about a silent bug, not after a failure (the error already says what
                # is uninitialized, and the diagnosis must stay fast and side-effect free).
                self.ledger.finalize(self.shell.user_ns)
            report.unavailable = list(self.ledger.unavailable)
            report.faults = self.ledger.faults + list(self.setup_faults)
            evidence = diagnose.Evidence.collect(
                exc=exc, compiled=self.compiled, registry=self.state.registry,
                records=self.ledger.records, earlier=list(self.state.earlier_records()),
                user_ns=self.shell.user_ns,
                timeline=self.state.timeline)
            report.raise_line = evidence.raise_line
            report.raise_col = evidence.raise_col
            faults: list[str] = []
            findings = diagnose.diagnose(evidence, faults)
            report.findings = sort_findings(findings)
            report.unavailable.extend(faults)
            report.cell_offsets = self._cell_offsets(report)
        except Exception:  # noqa: BLE001 - a tfmagic fault must never hide the user's error
            report.internal_error = _short_fault()


def _message(exc: BaseException) -> str:
    from ._tf import safe

    return safe.exception_message(exc)


def _short_fault() -> str:
    lines = traceback.format_exc().strip().splitlines()
    return lines[-1] if lines else "unknown error"

