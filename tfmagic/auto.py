"""Always-on checking (``%tfcheck on``, ``TFMagics.auto``): plain cells, recorded.

Every cell runs exactly as IPython runs it (no magic line, no runner of ours), so line numbers,
tracebacks, warnings, ``Out[N]``, ``%debug``, ``%pdb``, Ctrl-C and Run-All stopping at a failure
are IPython's own. Around each cell tfmagic only starts and stops the variable ledger:

* ``pre_run_cell`` starts a ``Ledger`` for the cell (hooks at API boundaries; if TensorFlow is
  not imported yet, an import watcher that installs them once the cell imports it);
* ``post_run_cell`` stops it and, when the cell succeeded, shows warnings only;
* a failing cell's report is shown *above* the traceback by wrapping ``shell.showtraceback`` on
  the shell instance. IPython's ``run_code`` reports an exception raised by the cell's code with
  ``showtraceback(running_compiled_code=True)``, and that call is what sets ``sys.last_value``
  and ``sys.last_traceback`` (``%debug``), starts the debugger under ``%pdb``, and (in
  ipykernel) sends the ``error`` output that stops Run-All. The wrapper displays the report and
  then calls the original with the same arguments, so all of that is unchanged.

``shell.set_custom_exc`` was not used: IPython keeps one handler per shell, so installing ours
would replace a user's own handler (or be silently replaced by it), and its ``except`` clause
also catches SyntaxErrors while the cell is parsed, which IPython otherwise shows its own way.
Cells that start with a cell magic (``%%tfcheck`` included, which records by itself) are left
alone.

Measured cost (bench/bench_auto.py): see README.
"""

from __future__ import annotations

import functools
import linecache
import sys

_MISSING = object()


def starts_with_cell_magic(raw_cell: str) -> bool:
    """True when the first non-blank line starts with ``%%`` (as IPython decides)."""
    for line in raw_cell.splitlines():
        if line.strip():
            return line.lstrip().startswith("%%")
    return False


# Plain classes, not dataclasses: this module is imported when a config file turns auto mode
# on at %load_ext, and each dataclass costs about a millisecond to create.
class RunningCell:
    """The cell now running under auto mode: its check (with the ledger) and its state."""

    __slots__ = ("check", "reported")

    def __init__(self, check):
        self.check = check
        self.reported = False


class AutoPeriods:
    """Execution counts during which auto mode was on: (first, last) with last None while on.

    Lets the post-mortem say whether a failing cell was recorded, in bounded space (one pair
    per ``%tfcheck on``)."""

    def __init__(self):
        self.periods: list = []

    def start(self, number: int) -> None:
        if not self.periods or self.periods[-1][1] is not None:
            self.periods.append([number, None])

    def stop(self, number: int) -> None:
        if self.periods and self.periods[-1][1] is None:
            self.periods[-1][1] = number

    def covers(self, number: int | None) -> bool:
        if number is None:
            return False
        return any(first <= number and (last is None or number <= last)
                   for first, last in self.periods)


class AutoCheck:
    """Hooks that make every plain cell a recorded cell; installed by ``enable``, all removed by
    ``disable``."""

    def __init__(self, shell, state, options, publish):
        self.shell = shell
        self.state = state
        self.options = options      # () -> CheckOptions, read per cell (settings may change)
        self.publish = publish      # (report, show: bool) -> None, never raises
        self.enabled = False
        self.periods = AutoPeriods()
        self.running: RunningCell | None = None
        # Cells now running, nested ones included (%%capture, %%time... call run_cell for
        # their body): only the outermost cell is recorded, and only when it is plain.
        self.depth = 0
        self._wrapper = None
        self._previous = _MISSING
        self._noted_fault = None   # the execution count of the last cell given a notice

    # ------------------------------------------------------------------ on / off
    def enable(self) -> None:
        if self.enabled:
            return
        events = self.shell.events
        events.register("pre_run_cell", self.pre_run_cell)
        events.register("post_run_cell", self.post_run_cell)
        self._install_traceback_hook()
        self.enabled = True
        # The cell that turned auto on is not recorded; the next one is.
        self.periods.start(self.shell.execution_count)

    def disable(self) -> None:
        if not self.enabled:
            return
        self.enabled = False
        events = self.shell.events
        for name, callback in (("pre_run_cell", self.pre_run_cell),
                               ("post_run_cell", self.post_run_cell)):
            try:
                events.unregister(name, callback)
            except ValueError:
                pass
        self._remove_traceback_hook()
        self.depth = 0
        self._drop_running()
        self.periods.stop(self.shell.execution_count - 1)

    def _install_traceback_hook(self) -> None:
        shell = self.shell
        self._previous = shell.__dict__.get("showtraceback", _MISSING)
        original = shell.showtraceback
        auto = self

        @functools.wraps(original)
        def showtraceback(*args, **kwargs):
            # depth 1: the cell itself; a nested ``run_cell`` (depth 2+) shows its own
            # traceback, and the report stays for the outer cell's failure.
            if kwargs.get("running_compiled_code") and auto.running is not None \
                    and auto.depth == 1 and showtraceback is auto._wrapper:
                auto.report_failure(args[0] if args else kwargs.get("exc_tuple"))
            return original(*args, **kwargs)

        self._wrapper = showtraceback
        shell.showtraceback = showtraceback

    def _remove_traceback_hook(self) -> None:
        shell = self.shell
        wrapper, self._wrapper = self._wrapper, None
        if shell.__dict__.get("showtraceback") is wrapper:
            if self._previous is _MISSING:
                del shell.showtraceback
            else:
                shell.showtraceback = self._previous
        # Otherwise someone wrapped it after us: ours stays in their chain, inert
        # (``showtraceback is auto._wrapper`` is now false), and theirs keeps working.
        self._previous = _MISSING

    # ------------------------------------------------------------------ events
    def pre_run_cell(self, info) -> None:
        self.depth += 1
        if self.depth > 1:
            return
        try:
            self._drop_running()
            if starts_with_cell_magic(getattr(info, "raw_cell", "") or ""):
                return
            from .check import CellCheck

            check = CellCheck(self.shell, self.state, "", "", self.options())
            self.running = RunningCell(check)
            check.ledger.start()
        except Exception as exc:  # noqa: BLE001 - the cell must run, recorded or not
            self._drop_running()
            self._note_fault("could not start recording", exc)

    def post_run_cell(self, result) -> None:
        self.depth = max(0, self.depth - 1)
        if self.depth > 0:
            return
        running, self.running = self.running, None
        if running is None:
            return
        try:
            check = running.check
            _stop(check.ledger)
            if running.reported or result is None or result.error_before_exec is not None:
                return
            error = result.error_in_exec
            if error is not None:
                # The report could not go above the traceback (a custom exception handler of
                # the user's took this exception): show it below rather than not at all.
                if isinstance(error, Exception):
                    self._failure(check, error, getattr(result, "execution_count", None))
                return
            self._success(check, getattr(result, "execution_count", None),
                          getattr(result, "info", None))
        except BaseException as exc:  # noqa: BLE001 - Ctrl-C or a fault: a note, nothing else
            self._note_fault("could not check the cell", exc)

    # ------------------------------------------------------------------ reports
    def report_failure(self, exc_tuple=None) -> None:
        """Called from ``showtraceback`` while the cell's exception is being handled."""
        running = self.running
        if running is None or running.reported:
            return
        running.reported = True
        try:
            _stop(running.check.ledger)
            error = exc_tuple[1] if exc_tuple else sys.exc_info()[1]
            if isinstance(error, Exception):
                self._failure(running.check, error, None)
        except BaseException as exc:  # noqa: BLE001 - Ctrl-C while reporting drops the report
            self._note_fault("could not report the failure", exc)

    def _failure(self, check, error: BaseException, number) -> None:
        import bdb

        if issubclass(type(error), bdb.BdbQuit):  # quitting the debugger: IPython shows nothing
            return
        filename = failing_cell_filename(self.state.registry, error.__traceback__)
        if filename is None:
            filename = self._cell_filename(number)
        _attach_plain_cell(check, self.state.registry, filename)
        report = check.safe_report(check.failure_report, error)
        self.publish(report, True, error)

    def _success(self, check, number, info=None) -> None:
        from ._tf import patches

        if not patches.tf_imported():
            return  # nothing TensorFlow could have gone wrong silently
        _attach_plain_cell(check, self.state.registry, self._cell_filename(number, info))
        if not check.ledger.records and \
                not touches_tensorflow_state(check.body, self.shell.user_ns):
            return
        report = check.safe_report(check.success_report)
        if report.variables or report.findings or report.internal_error or report.faults:
            self.publish(report, report.has_problems, None)

    def _cell_filename(self, number, info=None) -> str | None:
        """The name IPython cached the cell under: asked of its compiler (what ``run_cell``
        passed to ``compile.cache``), else found by the cell's number (a scan of every cell)."""
        if number is None:
            number = self.shell.execution_count - 1
        compiler = self.shell.compile
        raw = getattr(info, "raw_cell", None)
        transformed = getattr(info, "transformed_cell", None)
        if raw is not None and transformed is not None and hasattr(compiler, "get_code_name"):
            try:
                name = compiler.get_code_name(raw, transformed, number)
                if getattr(compiler, "_filename_map", {}).get(name) == number:
                    return name
            except Exception:  # noqa: BLE001 - an older compiler: scan instead
                pass
        found = self.state.registry.filename_for(f"In[{number}]")
        return found.filename if found is not None else None

    def _drop_running(self) -> None:
        running, self.running = self.running, None
        if running is not None:
            _stop(running.check.ledger)

    def _note_fault(self, what: str, exc: BaseException) -> None:
        if isinstance(exc, KeyboardInterrupt):
            print("tfmagic: interrupted while checking the cell; no report.", file=sys.stderr)
            return
        # Once per cell: every cell a fault touches says so (a failing cell whose report was
        # lost would otherwise show neither), but one cell never gets the same notice twice.
        number = self.shell.execution_count
        if self._noted_fault != number:
            self._noted_fault = number
            print(f"tfmagic: {what} ({type(exc).__name__}: {exc}); cells run unchecked "
                  "where this happens.", file=sys.stderr)


def _stop(ledger) -> None:
    """Stop a cell's ledger; whatever happens there (a Ctrl-C, a fault), every hook it
    installed is removed before the exception goes on."""
    try:
        ledger.stop()
    finally:
        try:
            ledger.abandon()
        except BaseException:  # noqa: BLE001 - abandon does not raise; belt and braces
            pass


def touches_tensorflow_state(source: str, user_ns: dict) -> bool:
    """Whether a succeeding cell that created no variable can hold a silent bug worth the
    warning checks: a name used or bound at cell level (the level the checks read) that now
    refers to stateful TensorFlow/Keras state, or a class of it.

    Why: the checks cost about 3 ms a cell (they read the cell's syntax tree and the objects it
    names), 3-4 % of a guide notebook made of small tensor cells, against a budget of 3 %; this
    test costs tens of microseconds. An unparsable source counts as touching (checks run).
    """
    import ast

    from ._tf.stateful import is_stateful

    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return True
    stack = [tree]
    seen = set()
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Name) and node.id not in seen:
            seen.add(node.id)
            value = user_ns.get(node.id)
            if value is not None and is_stateful(value):
                return True
            if type(value) in (list, tuple) and \
                    any(is_stateful(item) for item in value[:8] if item is not None):
                return True
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                stack.append(child)
    return False


def failing_cell_filename(registry, tb) -> str | None:
    """The cell that was running: the outermost traceback frame that runs notebook-cell code
    (deeper cell frames are functions defined in earlier cells)."""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if registry.is_cell(filename):
            return filename
        tb = tb.tb_next
    return None


def _attach_plain_cell(check, registry, filename: str | None) -> None:
    """Point a CellCheck at a plain cell's source (IPython cached it under ``filename``,
    line k of the cell is line k of the file)."""
    from .runner import CompiledCell

    info = registry.info(filename) if filename else None
    body = "".join(linecache.getlines(filename)) if filename else ""
    check.body = body
    check.plain_cell = True
    check.compiled = CompiledCell(filename or "", info.label if info else "", body, None, None)
