"""``%tfcheck`` with no argument: diagnose the last failure, like ``%debug``, without re-running.

The failure is ``sys.last_value`` / ``sys.last_traceback`` (set by IPython when it showed the
traceback). The evidence is whatever exists now: the traceback and its frames, TensorFlow's op
traceback, the code of every cell IPython cached, the live namespace, and the ledger of the cells
recorded by ``%tfcheck on`` or ``%%tfcheck``. Each missing piece is named in the report's
``unavailable`` notes, so no sentence of the diagnosis rests on evidence that was not there.
"""

from __future__ import annotations

import sys

from IPython.core.error import UsageError

NO_FAILURE = (
    "There is no failure to diagnose: %tfcheck with no argument explains the last error of a "
    "cell (like %debug). Use `%tfcheck on` to check every cell as it runs, or %%tfcheck on one "
    "cell."
)


def last_failure(state=None) -> BaseException:
    """The exception of the last failed cell (``sys.last_exc`` on 3.12+, else last_value).
    A magic's usage error (a mistyped ``%tfcheck -o 1x``) is not a failure of the user's code:
    the failure before it (``state.last_code_failure``, kept by ``note_cell_outcome``) stays
    the one to diagnose."""
    exc = getattr(sys, "last_exc", None) or getattr(sys, "last_value", None)
    if issubclass(type(exc), UsageError) and state is not None:
        earlier = state.__dict__.get("last_code_failure")
        if earlier is not None:
            exc = earlier
    if exc is None:
        raise UsageError(NO_FAILURE)
    if issubclass(type(exc), UsageError):
        raise UsageError("The last error was a magic's usage error, not a failure of your "
                         "code: nothing to diagnose.")
    return exc


def diagnose_last_failure(shell, state, options, recorded) -> tuple[object, BaseException]:
    """(Report, exception) for the last failure. ``recorded(number)`` says whether auto mode
    recorded cell ``In[number]``."""
    from ._tf import errors, patches
    from .auto import _attach_plain_cell, failing_cell_filename
    from .check import CellCheck

    exc = last_failure(state)
    tb = exc.__traceback__ or getattr(sys, "last_traceback", None)
    registry = state.registry
    filename = failing_cell_filename(registry, tb)
    check = CellCheck(shell, state, "", "", options)  # its ledger is never started
    _attach_plain_cell(check, registry, filename)
    report = check.safe_report(check.failure_report, exc)

    missing = []
    info = registry.info(filename) if filename else None
    if filename is None:
        missing.append("traceback: none of its frames runs the code of a notebook cell, so no "
                       "cell line can be marked")
    elif not check.body:
        missing.append(f"the code of {info.label if info else 'the failing cell'}: IPython no "
                       "longer holds it")
    number = _number(info.label) if info else None
    if not recorded(number):
        label = info.label if info else "the failing cell"
        missing.append(f"variable ledger: {label} ran while tfmagic was not recording, so "
                       "where its variables were created, on which device, and which "
                       "initializers ran are unknown (`%tfcheck on` records every cell)")
    if patches.tf_imported() and errors.is_op_error(exc) and errors.failing_op(exc) is None:
        missing.append("op traceback: TensorFlow attached no op to this error (eager ops "
                       "have none), so where the failing op was created is unknown")
    report.unavailable = missing + [n for n in report.unavailable if n not in missing]
    return report, exc


def note_cell_outcome(state, result) -> None:
    """``post_run_cell``: remember the last exception of the user's code (not a magic's usage
    error), so the post-mortem survives a mistyped magic run after the failure. One exception,
    the one ``sys.last_value`` held until the usage error replaced it."""
    error = getattr(result, "error_in_exec", None)
    if error is not None and not issubclass(type(error), UsageError):
        state.last_code_failure = error


def _number(label: str | None) -> int | None:
    if label and label.startswith("In[") and label.endswith("]"):
        try:
            return int(label[3:-1])
        except ValueError:
            return None
    return None
