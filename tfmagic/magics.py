"""The IPython layer: argument parsing, config traits, calling the core, display.

Kept thin on purpose (the pyinstrument / ``%%time`` style): everything that can be tested
without IPython lives in ``check``, ``ledger``, ``diagnose``, ``render`` and ``graph``.
"""

from __future__ import annotations

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring
from IPython.display import display
from traitlets import Bool, Int

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
    """``parse_argstring`` with the usage line added to every error, so a typo in the options
    says what the options are; the body never runs when they do not parse."""
    try:
        return parse_argstring(magic, line)
    except UsageError as exc:
        raise UsageError(f"{exc}\n{usage_line(magic)}") from None
    except SystemExit:  # argparse's own exit on -h and similar
        raise UsageError(usage_line(magic)) from None


@magics_class
class TFMagics(Magics):
    """%%tfcheck and %tfgraph. Settings: ``%config TFMagics.<trait> = value``."""

    show_summary = Bool(
        True, help="Show the variable summary when a %%tfcheck cell succeeds without problems."
    ).tag(config=True)
    quiet = Bool(False, help="Default for -q: show reports only when there is a problem.").tag(
        config=True)
    max_rows = Int(50, help="Most variable rows shown in a report table.").tag(config=True)
    history_size = Int(20, help="How many reports tfmagic keeps (tfmagic.last_report()).").tag(
        config=True)

    def __init__(self, shell, state: ExtensionState):
        super().__init__(shell)
        self.state = state

    # ------------------------------------------------------------------ %%tfcheck
    @magic_arguments("%tfcheck")  # the help formatter adds one '%': usage reads %%tfcheck
    @argument("-o", "--out", metavar="NAME", help="Store the Report in the namespace as NAME.")
    @argument("-q", "--quiet", action="store_true",
              help="Show the report only when the cell fails or has warnings.")
    @cell_magic
    def tfcheck(self, line, cell):
        """Run the cell as IPython would, recording every TensorFlow variable it creates.

        On failure: show the cell with the cause line and the raise line marked, a diagnosis
        and a fix, then re-raise the original exception. On success: warn about silent bugs.
        """
        __tracebackhide__ = True  # noqa: F841
        from ._tf import patches  # imported per cell, not at %load_ext: loading stays cheap
        from .check import CellCheck, CheckOptions

        args = parse_options(self.tfcheck, line)
        if args.out is not None and not args.out.isidentifier():
            raise UsageError(f"-o needs a Python identifier, got {args.out!r}\n"
                             + usage_line(self.tfcheck))
        try:
            self.state.set_history_size(self.history_size)
            if not patches.tf_installed() and not self.state.warned_missing_tf:
                self.state.warned_missing_tf = True
                print(MISSING_TF)
            options = CheckOptions(quiet=args.quiet or self.quiet, max_rows=self.max_rows,
                                   show_summary=self.show_summary)
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
                                             out_name=args.out, options=options)
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

    def _publish_unless_interrupted(self, safe_report, make, *exc, out_name, options):
        """Build and show a report; Ctrl-C while that runs drops the report, so the cell's
        error stays the user's own (and ``%debug`` lands in the user's frame)."""
        try:
            self._publish(safe_report(make, *exc), out_name, options)
        except KeyboardInterrupt:
            pass

    def _publish(self, report, out_name, options):
        """Keep, store and display a report; never raise (the user's error must stay the one
        that propagates). A report that cannot be rendered is replaced by one line saying so."""
        try:
            self.state.reports.append(report)
            if out_name:
                self.shell.user_ns[out_name] = report
            if not (report.has_problems or (not options.quiet and options.show_summary)):
                return
            try:
                from . import render

                view = render.View(max_rows=options.max_rows, show_summary=options.show_summary)
                bundle = render.report_bundle(report, view)
            except Exception as exc:  # noqa: BLE001
                import html

                text = (f"tfmagic: could not render the report ({type(exc).__name__}: {exc}); "
                        "your error, if any, is shown unchanged.")
                bundle = {"text/plain": text, "text/html": f"<div>{html.escape(text)}</div>"}
            display(bundle, raw=True)
        except Exception as exc:  # noqa: BLE001
            print(f"tfmagic: could not display the report ({type(exc).__name__}: {exc})")

    # ------------------------------------------------------------------ %tfgraph
    @magic_arguments()
    @argument("--all", action="store_true", dest="show_all",
              help="List every variable with its initialization status.")
    @argument("--scope", metavar="PREFIX", help="Only variables whose name starts with PREFIX.")
    @argument("--session", metavar="NAME",
              help="The tf.compat.v1.Session (or, with --checkpoint, the Keras model or "
                   "tf.train.Checkpoint) in the namespace to check.")
    @argument("--object", metavar="NAME",
              help="With --checkpoint: the Keras model or tf.train.Checkpoint to compare.")
    @argument("--checkpoint", metavar="PATH",
              help="Compare a checkpoint's keys with the graph or object.")
    @argument("-o", "--out", metavar="NAME", help="Store the GraphReport in the namespace.")
    @line_magic
    def tfgraph(self, line=""):
        """List uninitialized variables (graph mode, per session) or unbuilt Keras models,
        optimizers and pending checkpoint restores (eager mode); compare checkpoints."""
        from ._tf import patches

        args = parse_options(self.tfgraph, line)
        if not patches.tf_imported():
            if not patches.tf_installed():
                raise UsageError(MISSING_TF.replace("%%tfcheck runs the cell without checks",
                                                    "%tfgraph has nothing to inspect"))
            print("tfmagic: TensorFlow has not been imported in this kernel yet; "
                  "there are no variables to inspect.")
            return None
        from . import graph

        self.state.set_history_size(self.history_size)
        report = graph.inspect(self.shell.user_ns, self.state, show_all=args.show_all,
                               scope=args.scope, session_name=args.session,
                               object_name=args.object, checkpoint=args.checkpoint)
        self.state.graph_reports.append(report)
        if args.out:
            self.shell.user_ns[args.out] = report
        from . import render

        display(render.graph_bundle(report, render.View(max_rows=self.max_rows)), raw=True)
        return None
