"""The IPython layer: argument parsing, config traits, calling the core, display.

Kept thin on purpose (the pyinstrument / ``%%time`` style): everything that can be tested
without IPython lives in ``check``, ``ledger``, ``diagnose``, ``render`` and ``graph``.
"""

from __future__ import annotations

import collections
import keyword
import sys

from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, kwds, magic_arguments
from IPython.display import display
from IPython.utils.process import arg_split
from traitlets import Bool, Int, observe

from .state import ExtensionState

MISSING_TF = (
    "tfmagic: TensorFlow is not installed in this kernel, so %%tfcheck runs the cell without "
    "checks. Install it with `pip install 'tfmagic[cpu]'` (CPU) or `pip install "
    "'tfmagic[tensorflow]'`, then restart the kernel."
)


def usage_line(magic) -> str:
    """``usage: %%tfcheck [-o NAME] [-q]`` from a magic's parser (IPython writes it as an RST
    block, ``::`` and all, which reads badly in a one-line error)."""
    text = magic.parser.format_usage().strip()
    text = text[2:].strip() if text.startswith("::") else text
    return f"usage: {text}"


def parse_options(magic, line: str):
    """Options parsed as a shell would split them (``--checkpoint "/My Drive/ckpt"`` is one
    path without quotes, ``--scope ""`` an empty prefix), with the usage line added to every
    error; the body never runs when they do not parse.

    IPython's ``parse_argstring`` splits non-POSIX style, which keeps the quotes in the value.
    """
    try:
        argv = arg_split(line, posix=True, strict=True)
    except ValueError as exc:  # an unclosed quote
        raise UsageError(f"{exc}\n{usage_line(magic)}") from None
    try:
        return magic.parser.parse_args(argv)
    except UsageError as exc:
        raise UsageError(f"{exc}\n{usage_line(magic)}") from None
    except SystemExit:  # argparse's own exit on -h and similar
        raise UsageError(usage_line(magic)) from None


def check_out_name(magic, name: str | None) -> None:
    """``-o NAME`` must be a name the user can type back: an identifier, not a keyword."""
    if name is not None and (not name.isidentifier() or keyword.iskeyword(name)):
        raise UsageError(f"-o needs a Python variable name (an identifier that is not a "
                         f"keyword), got {name!r}\n{usage_line(magic)}")


@magics_class
class TFMagics(Magics):
    """%tfcheck / %%tfcheck and %tfgraph. Settings: ``%config TFMagics.<trait> = value``."""

    auto = Bool(
        False, help="Check every cell (the same as `%tfcheck on`): plain cells, recorded; a "
                    "failing cell shows its report above the traceback, a succeeding one only "
                    "its warnings. In ipython_config.py: c.TFMagics.auto = True."
    ).tag(config=True)
    show_summary = Bool(
        True, help="Show the folded variable ledger when a %%tfcheck cell that created "
                   "variables succeeds without problems."
    ).tag(config=True)
    quiet = Bool(False, help="Default for -q: show reports only when there is a problem.").tag(
        config=True)
    max_rows = Int(50, min=1, help="Most variable rows shown in a report table (>= 1).").tag(
        config=True)
    note = Bool(
        True, help="Add the diagnosis to the failing exception as a short PEP 678 note, so it "
                   "is in the error output that logs, papermill and notebook assistants read."
    ).tag(config=True)
    history_size = Int(20, min=1, help="How many reports tfmagic keeps (tfmagic.last_report(); "
                                       ">= 1).").tag(config=True)

    def __init__(self, shell, state: ExtensionState):
        super().__init__(shell)
        self.state = state
        self._auto_check = None
        # Failures already explained, (id of the exception, its type name, report), newest
        # last: the post-mortem shows their report again. Not the exception itself (it would
        # pin its traceback's frames) nor a weak reference (built-in exceptions take none).
        self._failure_reports = collections.deque(maxlen=8)
        if self.auto:  # set by a config file inside Magics.__init__, before this could act
            self._set_auto(True)

    @observe("auto")
    def _auto_changed(self, change):
        if hasattr(self, "_auto_check"):
            self._set_auto(change["new"])

    def _set_auto(self, on: bool) -> None:
        if on:
            self.auto_check.enable()
        elif self._auto_check is not None:
            self._auto_check.disable()

    @property
    def auto_check(self):
        if self._auto_check is None:
            from .auto import AutoCheck

            self._auto_check = AutoCheck(self.shell, self.state, self._check_options,
                                         self._publish_auto)
        return self._auto_check

    def remove_hooks(self) -> None:
        """Everything auto mode installed (``%unload_ext``)."""
        if self._auto_check is not None:
            self._auto_check.disable()

    def _check_options(self, quiet: bool = False):
        from .check import CheckOptions

        self.state.set_history_size(self.history_size)
        return CheckOptions(quiet=quiet or self.quiet, max_rows=self.max_rows,
                            show_summary=self.show_summary)

    # ------------------------------------------------------------------ %tfcheck / %%tfcheck
    @magic_arguments("tfcheck")
    # argparse %-formats the usage and IPython puts one "%" before it.
    @kwds(usage="%%tfcheck [-o NAME] [-q]  |  %%tfcheck on|off  |  %%tfcheck [-o NAME]")
    @argument("mode", nargs="?", choices=("on", "off"),
              help="on: check every following cell, no magic line needed; off: stop. "
                   "Without it, the line magic diagnoses the last failure (like "
                   "%%debug) and the cell magic checks its cell.")
    @argument("-o", "--out", metavar="NAME", help="Store the Report in the namespace as NAME.")
    @argument("-q", "--quiet", action="store_true",
              help="Cell magic: show the report only when the cell fails or has warnings.")
    @line_cell_magic
    def tfcheck(self, line, cell=None):
        """Explain TensorFlow failures: check every cell, one cell, or the last failure.

        %tfcheck on / off   every following cell runs as a plain cell while tfmagic records;
                            a failing cell shows its report above the traceback.
        %tfcheck [-o NAME]  diagnose the last failure (like %debug); never re-runs anything.
        %%tfcheck [-o NAME] [-q]
                            run this cell as IPython would, recording every TensorFlow
                            variable it creates; on failure show the cell with the cause and
                            raise lines marked, a diagnosis and a fix, then re-raise.
        """
        __tracebackhide__ = True  # noqa: F841
        args = parse_options(self.tfcheck, line)
        check_out_name(self.tfcheck, args.out)
        if cell is None:
            if args.mode is not None:
                if args.out is not None or args.quiet:
                    raise UsageError(f"%tfcheck {args.mode} takes no other option\n"
                                     + usage_line(self.tfcheck))
                self.auto = args.mode == "on"
                return None
            if args.quiet:
                raise UsageError("-q applies to %%tfcheck cells\n" + usage_line(self.tfcheck))
            return self._post_mortem(args.out)
        if args.mode is not None:
            raise UsageError(f"%%tfcheck takes no {args.mode!r}: use `%tfcheck {args.mode}` "
                             "on its own line\n" + usage_line(self.tfcheck))
        return self._check_cell(line, args, cell)

    def _check_cell(self, line, args, cell):
        __tracebackhide__ = True  # noqa: F841
        from ._tf import patches  # imported per cell, not at %load_ext: loading stays cheap
        from .check import CellCheck

        try:
            if not patches.tf_installed() and not self.state.warned_missing_tf:
                self.state.warned_missing_tf = True
                print(MISSING_TF)
            options = self._check_options(args.quiet)
            check = CellCheck(self.shell, self.state, line, cell, options)
        except Exception as fault:  # noqa: BLE001 - tfmagic's fault: the cell runs plainly
            return self._run_plainly(line, cell, fault)
        try:
            check.compile()
        except SyntaxError as exc:
            self._publish_unless_interrupted(check.safe_report, check.syntax_error_report, exc,
                                             out_name=args.out, options=options)
            # Drop tfmagic's own frames (compile, ast.parse): the error is the cell's, and
            # IPython prints every frame of a SyntaxError raised while code runs.
            raise exc.with_traceback(None)  # noqa: B904 - the same object, re-raised
        except UsageError:
            raise
        except Exception as fault:  # noqa: BLE001
            return self._run_plainly(line, cell, fault)
        try:
            value = check.run()
        except KeyboardInterrupt:
            raise  # the user stopped the cell: no report, the ledger is already removed
        except BaseException as exc:
            self._publish_unless_interrupted(check.safe_report, check.failure_report, exc,
                                             out_name=args.out, options=options, exc=exc,
                                             note=True)
            raise
        self._publish_unless_interrupted(check.safe_report, check.success_report,
                                         out_name=args.out, options=options)
        return value

    def _run_plainly(self, line, cell, fault):
        """The cell without checks, after a fault in tfmagic's own setup: one line says so."""
        __tracebackhide__ = True  # noqa: F841
        from . import runner

        print(f"tfmagic: could not set up the checks ({type(fault).__name__}: {fault}); "
              "the cell runs without them.")
        try:
            compiled = runner.compile_cell(self.shell, None, line, cell)
        except SyntaxError as exc:
            raise exc.with_traceback(None)  # noqa: B904
        return runner.execute(self.shell, compiled)

    def _publish_unless_interrupted(self, safe_report, make, *args, out_name, options,
                                    exc=None, note=False):
        """Build and show a report; Ctrl-C while that runs drops the report, so the cell's
        error stays the user's own (and ``%debug`` lands in the user's frame)."""
        try:
            self._publish(safe_report(make, *args), out_name, options, exc=exc, note=note)
        except KeyboardInterrupt:
            pass

    def _post_mortem(self, out_name):
        from . import postmortem

        exc = postmortem.last_failure(self.state)
        report = self._report_for(exc)
        options = self._check_options()
        if report is None:
            auto = self._auto_check
            report, exc = postmortem.diagnose_last_failure(
                self.shell, self.state, options,
                recorded=auto.periods.covers if auto is not None else (lambda number: False))
        self._publish(report, out_name, options, exc=exc, show=True)
        return None

    def _report_for(self, exc):
        """The report already made for this exception: same id, same type, and the cell its
        traceback ran is the report's cell (an id can be reused once an exception is gone)."""
        from .auto import failing_cell_filename

        for exc_id, type_name, report in reversed(self._failure_reports):
            if exc_id == id(exc) and type_name == type(exc).__name__:
                # A %%tfcheck body has the label of the cell that holds it.
                filename = failing_cell_filename(self.state.registry, exc.__traceback__)
                info = self.state.registry.info(filename) if filename else None
                if info is not None and info.label == report.cell_label:
                    return report
        return None

    def _publish_auto(self, report, show: bool, exc=None):
        self._publish(report, None, self._check_options(), exc=exc, show=show,
                      note=exc is not None)

    def _publish(self, report, out_name, options, exc=None, show=None, note=False):
        """Keep, store and display a report; never raise (the user's error must stay the one
        that propagates). A report that cannot be rendered is replaced by one line saying so.

        What shows by default: a failure or a warning always; a succeeding %%tfcheck cell
        shows its folded ledger only when it created variables (a notebook run under tfmagic
        should not grow a "0 variables created" card under every cell); -q / ``quiet`` shows
        problems only; auto mode decides for itself (``show``).
        """
        try:
            self.state.reports.append(report)
            if exc is not None:
                self._failure_reports.append((id(exc), type(exc).__name__, report))
            if out_name:
                self.shell.user_ns[out_name] = report
            if show is None:
                show = report.has_problems or (
                    not options.quiet and options.show_summary and bool(report.variables))
            if not show:
                return
            try:
                from . import render

                view = render.View(max_rows=options.max_rows, show_summary=options.show_summary)
                bundle = render.report_bundle(report, view)
            except Exception as fault:  # noqa: BLE001
                import html

                text = (f"tfmagic: could not render the report ({type(fault).__name__}: {fault}); "
                        "your error, if any, is shown unchanged.")
                bundle = {"text/plain": text, "text/html": f"<div>{html.escape(text)}</div>"}
            display(bundle, raw=True)
        except Exception as fault:  # noqa: BLE001
            print(f"tfmagic: could not display the report ({type(fault).__name__}: {fault})")
        finally:
            if note and exc is not None and self.note:
                self._add_note(report, exc)

    def _add_note(self, report, exc) -> None:
        """The report's gist as a PEP 678 note on ``exc`` (``render.note``); never raises."""
        try:
            from .render import note

            note.add_note(exc, note.exception_note(report, self._line_text))
        except Exception:  # noqa: BLE001 - the exception stays exactly as it was
            pass

    def _line_text(self, label: str, line: int) -> str:
        """Line ``line`` (the editor's numbering) of the cell ``label``, from linecache."""
        import linecache

        info = self.state.registry.filename_for(label)
        return linecache.getline(info.filename, line).rstrip("\n") if info else ""

    # ------------------------------------------------------------------ %tfgraph
    @magic_arguments()
    @argument("--all", action="store_true", dest="show_all",
              help="List every variable with its initialization status.")
    @argument("--scope", metavar="PREFIX", help="Only variables whose name starts with PREFIX.")
    @argument("--session", metavar="NAME",
              help="The tf.compat.v1.Session (or, with --checkpoint, the Keras model or "
                   "tf.train.Checkpoint) in the namespace to check.")
    @argument("--object", metavar="NAME",
              help="One Keras model, layer, tf.Module or tf.train.Checkpoint: alone, check only "
                   "it (built? restores pending?); with --checkpoint, compare the checkpoint's "
                   "keys with it.")
    @argument("--checkpoint", metavar="PATH",
              help="Compare a checkpoint's keys with the graph or object.")
    @argument("-o", "--out", metavar="NAME", help="Store the GraphReport in the namespace.")
    @line_magic
    def tfgraph(self, line=""):
        """List uninitialized variables (graph mode, per session) or unbuilt Keras models,
        optimizers and pending checkpoint restores (eager mode); compare checkpoints.

        Unlike %%tfcheck and auto mode, which add nothing to your graphs and run none of your
        sessions, %tfgraph asks the sessions: it runs each live session once on its graph's
        variables' initialization checks. Resource variables carry their own check op; for
        each reference (``use_resource=False``) variable it builds one
        ``tfmagic_check/IsVariableInitialized`` op in that graph, once (later calls reuse it;
        a finalized graph gets none and its reference variables stay unknown)."""
        from ._tf import patches

        args = parse_options(self.tfgraph, line)
        check_out_name(self.tfgraph, args.out)
        if not patches.tf_imported():
            if not patches.tf_installed():
                raise UsageError(MISSING_TF.replace("%%tfcheck runs the cell without checks",
                                                    "%tfgraph has nothing to inspect"))
            print("tfmagic: TensorFlow has not been imported in this kernel yet; "
                  "there are no variables to inspect.")
            return None
        from . import graph

        self.state.set_history_size(self.history_size)
        try:
            report = graph.inspect(self.shell.user_ns, self.state, show_all=args.show_all,
                                   scope=args.scope, session_name=args.session,
                                   object_name=args.object, checkpoint=args.checkpoint)
        except UsageError:
            raise
        except Exception as exc:  # noqa: BLE001 - a tfmagic fault: one line, as %%tfcheck does
            print(f"tfmagic: %tfgraph could not inspect the namespace ({type(exc).__name__}: "
                  f"{exc}); nothing was changed.", file=sys.stderr)
            return None
        self.state.graph_reports.append(report)
        if args.out:
            self.shell.user_ns[args.out] = report
        try:
            from . import render

            bundle = render.graph_bundle(report, render.View(max_rows=self.max_rows))
        except Exception as exc:  # noqa: BLE001
            print(f"tfmagic: could not render the %tfgraph report ({type(exc).__name__}: "
                  f"{exc}); it is kept as tfmagic.last_graph_report().", file=sys.stderr)
            return None
        display(bundle, raw=True)
        return None


def show_notes_on_old_ipython():
    """IPython before 8 prints no PEP 678 notes: its ``VerboseTB.format_exception`` writes only
    ``Name: message``. Colab pins IPython 7.34, so without this the note (``TFMagics.note``) would
    sit on the exception but never reach the error output that assistants and logs read. While
    the extension is loaded, notes are printed below that line, as IPython 8 prints them itself.
    Returns the undo callable (None where IPython already prints notes)."""
    import functools

    import IPython
    from IPython.core import ultratb

    if IPython.version_info[0] >= 8:
        return None
    cls = ultratb.VerboseTB
    original = cls.__dict__.get("format_exception")
    if original is None:
        return None

    @functools.wraps(original)
    def format_exception(self, etype, evalue):
        lines = original(self, etype, evalue)
        try:
            notes = evalue.__dict__.get("__notes__") if isinstance(evalue, BaseException) \
                else None
            shown = [n for n in notes if isinstance(n, str)] if isinstance(notes, list) else []
            if shown and lines:
                lines = [lines[0] + "\n" + "\n".join(shown)] + list(lines[1:])
        except Exception:  # noqa: BLE001 - the traceback shows as IPython would have
            pass
        return lines

    cls.format_exception = format_exception

    def undo():
        if cls.__dict__.get("format_exception") is format_exception:
            cls.format_exception = original

    return undo
