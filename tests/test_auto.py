"""Always-on checking (``%tfcheck on``), the post-mortem (``%tfcheck`` after a failure), and the
options of both magics (shell quoting, ``-o`` names, validated settings).

Auto mode must leave a plain cell plain: the exception, ``sys.last_*`` (``%debug``), ``%pdb``,
the traceback and a user's own exception handler are IPython's; tfmagic only adds its report
before the traceback and removes every hook on ``%tfcheck off`` / ``%unload_ext``. The real
kernel side (Run-All stops, output order) is in test_notebook.py.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap

import pytest
from IPython.core.error import UsageError
from traitlets import TraitError

import tfmagic
from shellrun import fresh_shell

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
MATMUL_FAILURE = "x = tf.ones([4, 5])\ny = tf.matmul(x, w)\n"


def run(shell, cell: str):
    shown = len(shell.display_pub.outputs)
    result = shell.run_cell(cell, store_history=True)
    return result, shell.display_pub.outputs[shown:]


def texts(outputs) -> list[str]:
    return [o["data"].get("text/plain", "") for o in outputs]


def tfmagic_callbacks(shell) -> list:
    return [cb for name in ("pre_run_cell", "post_run_cell")
            for cb in shell.events.callbacks[name]
            if type(getattr(cb, "__self__", None)).__module__.startswith("tfmagic")]


def hooks_left(shell) -> dict:
    from tfmagic._tf import patches

    return {
        "callbacks": len(tfmagic_callbacks(shell)),
        "showtraceback": "showtraceback" in shell.__dict__,
        "patches": patches.active_patch_count(),
        "finders": [type(f).__name__ for f in sys.meta_path
                    if type(f).__module__.startswith("tfmagic")],
    }


NO_HOOKS = {"callbacks": 0, "showtraceback": False, "patches": 0, "finders": []}


@pytest.fixture
def tfshell(shell):
    """A shell with tfmagic loaded, TensorFlow imported and a (2, 3) variable ``w``."""
    run(shell, "import tensorflow as tf\nw = tf.Variable(tf.ones([2, 3]), name='w')")
    yield shell
    # Keras numbers layer names per process (dense, dense_1...): later tests expect a fresh
    # count.
    import keras

    keras.backend.clear_session()


@pytest.fixture
def traceback_order(tfshell):
    """Records, each time IPython shows a traceback, how many outputs were displayed before."""
    seen = []
    original = tfshell._showtraceback

    def _showtraceback(etype, evalue, stb):
        seen.append((etype.__name__, len(tfshell.display_pub.outputs)))
        return original(etype, evalue, stb)

    tfshell._showtraceback = _showtraceback
    yield seen
    del tfshell._showtraceback


# --------------------------------------------------------------------------- auto mode


def test_failing_plain_cell_shows_the_report_before_the_traceback(tfshell, traceback_order):
    run(tfshell, "%tfcheck on")
    shown_before = len(tfshell.display_pub.outputs)
    result, outputs = run(tfshell, MATMUL_FAILURE)
    error = result.error_in_exec
    assert type(error).__name__ == "InvalidArgumentError"
    assert "Matrix size-incompatible" in str(error)
    assert sys.last_value is error  # what %debug reads
    assert len(outputs) == 1
    report = tfmagic.last_report()
    number = tfshell.execution_count - 1
    assert report.cell_label == f"In[{number}]" and not report.ok
    assert report.findings[0].kind == "shape_mismatch" and report.findings[0].line == 2
    assert f"tfmagic In[{number}]: InvalidArgumentError" in texts(outputs)[0]
    # One traceback, shown after the report was displayed.
    assert traceback_order == [("InvalidArgumentError", shown_before + 1)]


def test_plain_cell_numbering_and_out_unchanged(tfshell):
    run(tfshell, "%tfcheck on")
    result, outputs = run(tfshell, "total = float(tf.reduce_sum(w))\ntotal")
    assert result.success and result.result == 6.0
    assert outputs == []  # nothing from tfmagic on a passing cell
    result, _ = run(tfshell, "1 + 1;")
    assert result.success and result.result is None  # a trailing ; still hides Out[N]


def test_python_warnings_and_prints_are_unchanged(tfshell, capfd):
    import warnings

    cell = ("import warnings\nprint('to stdout')\n"
            "warnings.warn('careful: {}'.format(len(tf.ones([3]).shape)), UserWarning)\n")
    seen = {}
    for mode in ("off", "on"):
        run(tfshell, f"%tfcheck {mode}")
        capfd.readouterr()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result, shown = run(tfshell, cell)
        assert result.success and shown == []
        cell_file = tfshell.compile._filename_map
        seen[mode] = (capfd.readouterr().out,
                      [(str(w.message), w.category, w.lineno,
                        cell_file.get(w.filename) == tfshell.execution_count - 1)
                       for w in caught])
    assert seen["on"] == seen["off"]
    assert seen["on"] == ("to stdout\n", [("careful: 1", UserWarning, 3, True)])


def test_passing_cell_shows_only_warnings(tfshell):
    run(tfshell, "%tfcheck on")
    _, outputs = run(tfshell, "v_ok = tf.Variable(tf.zeros([3]), name='v_ok')")
    assert outputs == []
    assert [r.name for r in tfmagic.last_report().variables] == ["v_ok:0"]
    # Scenario 12: a GPU request that silently landed on the CPU (this machine has no GPU).
    _, outputs = run(tfshell, "with tf.device('/GPU:0'):\n    on_gpu = tf.Variable(1.0)\n")
    report = tfmagic.last_report()
    assert [f.kind for f in report.warnings] == ["device_placement"]
    assert len(outputs) == 1 and "device_placement" in texts(outputs)[0]


def test_warning_on_a_cell_that_creates_no_variable(tfshell):
    """Scenario 02 split over two cells: the copy loop creates nothing, yet its silent bug
    (copying into a model that was never built) is still checked and shown."""
    run(tfshell, "%tfcheck on")
    run(tfshell, "class SimpleModel(tf.Module):\n"
                 "    def __init__(self):\n"
                 "        self.dense1 = tf.keras.layers.Dense(units=10, activation='relu')\n"
                 "        self.dense2 = tf.keras.layers.Dense(units=1)\n"
                 "    def __call__(self, inputs):\n"
                 "        return self.dense2(self.dense1(inputs))\n"
                 "inputs = tf.random.normal(shape=(32, 5))\n"
                 "source = SimpleModel()\nsource(inputs)\ntarget = SimpleModel()\n")
    result, outputs = run(tfshell, "for t, s in zip(target.trainable_variables, "
                                   "source.trainable_variables):\n    t.assign(s)\n")
    assert result.success
    assert [f.kind for f in tfmagic.last_report().warnings] == ["unbuilt_layer"]
    assert len(outputs) == 1 and "unbuilt_layer" in texts(outputs)[0]


def test_which_succeeding_cells_get_the_warning_checks(tfshell):
    from tfmagic.auto import touches_tensorflow_state

    run(tfshell, "tape = tf.GradientTape()\nplain_tensor = tf.ones([2])\nlayers = "
                 "[tf.keras.layers.Dense(2)]\nclass Net(tf.Module):\n    pass\n")
    ns = tfshell.user_ns
    assert not touches_tensorflow_state("x = 1\nprint(x)", ns)
    assert not touches_tensorflow_state("y = plain_tensor * 2\nz = tf.reduce_sum(y)", ns)
    assert touches_tensorflow_state("g = tape.gradient(1.0, [])", ns)
    assert touches_tensorflow_state("w.assign(tf.zeros([2, 3]))", ns)
    assert touches_tensorflow_state("for layer in layers:\n    pass", ns)
    assert touches_tensorflow_state("n = Net", ns)
    assert not touches_tensorflow_state("def f():\n    return w", ns)  # not at cell level
    assert touches_tensorflow_state("x = (", ns)  # does not parse: unknown, so check


def test_debug_lands_in_the_user_frame(tfshell, capsys, monkeypatch):
    run(tfshell, "%tfcheck on")
    result, _ = run(tfshell, "def inner():\n    marker = 'user-frame-local'\n"
                             "    return 1 / 0\ninner()\n")
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    assert tfmagic.last_report().error_type == "ZeroDivisionError"
    tb = sys.last_traceback
    while tb.tb_next is not None:
        tb = tb.tb_next
    assert tb.tb_frame.f_code.co_name == "inner"
    assert tfshell.compile._filename_map.get(tb.tb_frame.f_code.co_filename) == \
        tfshell.execution_count - 1
    capsys.readouterr()
    monkeypatch.setattr(sys, "stdin", io.StringIO("p marker\nq\n"))
    tfshell.run_line_magic("debug", "")
    assert "user-frame-local" in capsys.readouterr().out


def test_pdb_on_still_starts_the_debugger_after_the_report(tfshell, monkeypatch):
    started = []
    monkeypatch.setattr(tfshell, "debugger",
                        lambda force=False: started.append(len(tfshell.display_pub.outputs)))
    run(tfshell, "%tfcheck on")
    run(tfshell, "%pdb on")
    shown_before = len(tfshell.display_pub.outputs)
    run(tfshell, MATMUL_FAILURE)
    run(tfshell, "%pdb off")
    assert started == [shown_before + 1]


def test_keyboard_interrupt_is_not_reported(tfshell, traceback_order):
    run(tfshell, "%tfcheck on")
    before = tfmagic.last_report()
    result, outputs = run(tfshell, "v_int = tf.Variable(1.0)\nraise KeyboardInterrupt\n")
    assert isinstance(result.error_in_exec, KeyboardInterrupt)
    assert outputs == [] and tfmagic.last_report() is before
    assert [name for name, _ in traceback_order] == ["KeyboardInterrupt"]


def test_interrupt_or_fault_while_reporting_keeps_the_users_error(tfshell, monkeypatch,
                                                                  capsys):
    from tfmagic.check import CellCheck

    run(tfshell, "%tfcheck on")
    for fault in (KeyboardInterrupt, RuntimeError("tfmagic bug")):
        def broken(self, exc, fault=fault):
            raise fault

        monkeypatch.setattr(CellCheck, "failure_report", broken)
        result, _ = run(tfshell, MATMUL_FAILURE)
        assert type(result.error_in_exec).__name__ == "InvalidArgumentError"
        assert sys.last_value is result.error_in_exec
    monkeypatch.undo()
    # A fault while starting the ledger: the cell still runs, with a one-line note.
    from tfmagic.ledger import Ledger

    monkeypatch.setattr(Ledger, "start", lambda self: (_ for _ in ()).throw(OSError("boom")))
    capsys.readouterr()
    result, _ = run(tfshell, "ran_anyway = 41 + 1")
    assert result.success and tfshell.user_ns["ran_anyway"] == 42
    assert "tfmagic: could not start recording (OSError: boom)" in capsys.readouterr().err


DEEPEST = """
import tensorflow as tf
def deepest():
    count = [0]
    def recurse():
        count[0] += 1
        recurse()
    try:
        recurse()
    except RecursionError:
        pass
    return count[0]
@tf.function(autograph=False)
def traced_depth(x):
    global in_trace
    in_trace = deepest()
    return x
"""


def test_auto_mode_leaves_the_recursion_depth_as_it_is():
    """Issue 18: a deep recursion inside a ``tf.function`` ended with a differently worded
    ``RecursionError`` under auto mode: tfmagic's frames (the code keeper around
    ``run_code``, the trace hook) took depth from the user's code. Measured as the deepest
    recursion a cell reaches, at the top of the cell and inside a trace, against plain
    IPython; shells alternate, since the first shell of a process runs one frame deeper."""
    depths = {}
    limit = sys.getrecursionlimit()
    for mode in ("plain", "auto", "plain"):
        shell = fresh_shell()
        if mode == "auto":
            shell.run_line_magic("load_ext", "tfmagic")
            shell.run_cell("%tfcheck on")
        assert shell.run_cell(DEEPEST).success
        shell.run_cell("at_top = deepest()\ntraced_depth(tf.constant(1.0))")
        depths[mode] = (shell.user_ns["at_top"], shell.user_ns["in_trace"])
        if mode == "auto":
            shell.run_line_magic("unload_ext", "tfmagic")
    assert depths["auto"] == depths["plain"]
    assert sys.getrecursionlimit() == limit   # the trace hook gave its extra frame back


def test_cell_magic_cells_are_left_alone_and_tfcheck_still_works(tfshell):
    run(tfshell, "%tfcheck on")
    before = tfmagic.last_report()
    result, outputs = run(tfshell, "%%capture\nin_capture = tf.Variable(1.0)\n")
    assert result.success and outputs == [] and tfmagic.last_report() is before
    result, outputs = run(tfshell, "%%tfcheck -o one\n"
                                   "in_tfcheck = tf.Variable(2.0, name='in_tfcheck')\n")
    assert result.success
    assert [r.name for r in tfshell.user_ns["one"].variables] == ["in_tfcheck:0"]
    assert len(outputs) == 1  # the %%tfcheck ledger, once (auto did not record it again)
    result, outputs = run(tfshell, "%%tfcheck\n" + MATMUL_FAILURE)
    assert type(result.error_in_exec).__name__ == "InvalidArgumentError"
    assert len(outputs) == 1


def test_cause_in_an_earlier_auto_cell(shell):
    """A variable recorded in an earlier plain cell is part of the ledger of a later failure."""
    run(shell, "%tfcheck on")
    run(shell, "import tensorflow as tf\nearly = tf.Variable(tf.ones([2, 3]), name='early')")
    created_in = shell.execution_count - 1
    run(shell, "late = tf.matmul(tf.ones([4, 5]), early)")
    records = [r for rep in tfmagic._state.reports for r in rep.variables if r.name == "early:0"]
    assert records and records[0].cell == f"In[{created_in}]" and records[0].line == 2


def test_off_and_unload_remove_every_hook(tfshell):
    assert hooks_left(tfshell) == NO_HOOKS
    run(tfshell, "%tfcheck on")
    assert hooks_left(tfshell)["callbacks"] == 2 and hooks_left(tfshell)["showtraceback"]
    run(tfshell, "%tfcheck off")
    assert hooks_left(tfshell) == NO_HOOKS
    result, outputs = run(tfshell, MATMUL_FAILURE)
    assert not result.success and outputs == []
    run(tfshell, "%config TFMagics.auto = True")  # the trait is the same switch
    assert hooks_left(tfshell)["callbacks"] == 2
    run(tfshell, "%unload_ext tfmagic")
    assert hooks_left(tfshell) == NO_HOOKS
    run(tfshell, "%load_ext tfmagic")  # the fixture unloads it again


def test_users_custom_exception_handler_is_kept(tfshell):
    handled = []

    def handler(shell, etype, value, tb, tb_offset=None):
        handled.append(etype.__name__)
        return ["handled by the user"]

    tfshell.set_custom_exc((ZeroDivisionError,), handler)
    before = (tfshell.custom_exceptions, tfshell.CustomTB)
    run(tfshell, "%tfcheck on")
    assert (tfshell.custom_exceptions, tfshell.CustomTB) == before
    result, _ = run(tfshell, "1 / 0")
    assert isinstance(result.error_in_exec, ZeroDivisionError) and handled == ["ZeroDivisionError"]
    _, outputs = run(tfshell, MATMUL_FAILURE)  # other exceptions: tfmagic's report as usual
    assert len(outputs) == 1 and "InvalidArgumentError" in texts(outputs)[0]
    run(tfshell, "%tfcheck off")
    assert (tfshell.custom_exceptions, tfshell.CustomTB) == before
    tfshell.set_custom_exc((), None)


def test_a_later_showtraceback_wrapper_survives_off(tfshell):
    run(tfshell, "%tfcheck on")
    theirs_seen = []
    ours = tfshell.showtraceback

    def theirs(*args, **kwargs):
        theirs_seen.append(1)
        return ours(*args, **kwargs)

    tfshell.showtraceback = theirs
    run(tfshell, "%tfcheck off")
    assert tfshell.showtraceback is theirs
    result, outputs = run(tfshell, MATMUL_FAILURE)
    assert theirs_seen == [1] and outputs == [] and not result.success
    del tfshell.showtraceback


def test_auto_mode_does_not_import_tensorflow_and_records_after_import():
    """Run in a child: TensorFlow must not be imported by tfmagic, and a cell that imports it
    is recorded from its first variable (the import watcher)."""
    code = textwrap.dedent(f"""
        import sys, json
        sys.path.insert(0, {TESTS_DIR!r})
        from shellrun import fresh_shell
        import tfmagic
        ip = fresh_shell()
        ip.config.TFMagics.auto = True   # as c.TFMagics.auto = True in ipython_config.py
        ip.run_line_magic("load_ext", "tfmagic")
        ip.run_cell("x = 1", store_history=True)
        before = "tensorflow" in sys.modules
        ip.run_cell("import tensorflow as tf\\nfirst = tf.Variable(1.0, name='first')",
                    store_history=True)
        report = tfmagic.last_report()
        print("@@JSON@@" + json.dumps({{"before": before,
            "names": [r.name for r in report.variables], "line": report.variables[0].line}}))
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2"))
    assert "@@JSON@@" in proc.stdout, proc.stderr[-3000:]
    data = json.loads(proc.stdout.split("@@JSON@@", 1)[1])
    assert data == {"before": False, "names": ["first:0"], "line": 2}


def test_config_file_turns_auto_on_in_a_terminal_ipython(tmp_path):
    """``c.InteractiveShellApp.extensions = ["tfmagic"]`` + ``c.TFMagics.auto = True``."""
    (tmp_path / "ipython_config.py").write_text(
        'c.InteractiveShellApp.extensions = ["tfmagic"]\nc.TFMagics.auto = True\n')
    code = ("import tensorflow as tf\n"
            "w = tf.Variable(tf.ones([2, 3]), name='w')\n"
            "tf.matmul(tf.ones([4, 5]), w)\n")
    script = tmp_path / "cells.ipy"
    script.write_text(code)
    proc = subprocess.run(
        [sys.executable, "-m", "IPython", f"--profile-dir={tmp_path}", "--no-banner",
         "--colors=nocolor", "-c", code],
        capture_output=True, text=True, timeout=300,
        env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2"))
    out = proc.stdout
    assert "tfmagic" in out and "shape_mismatch" in out, out[-3000:] + proc.stderr[-3000:]
    assert "InvalidArgumentError" in out
    assert out.index("shape_mismatch") < out.index("Traceback (most recent call last)")


# --------------------------------------------------------------------------- post-mortem


def test_post_mortem_of_a_plain_cell_never_reruns(tfshell):
    run(tfshell, "runs = 0")
    result, outputs = run(tfshell, "runs += 1\n" + MATMUL_FAILURE)
    assert not result.success and outputs == []
    failed = tfshell.execution_count - 1
    result, outputs = run(tfshell, "%tfcheck -o pm")
    assert result.success and len(outputs) == 1
    assert tfshell.user_ns["runs"] == 1  # nothing ran again
    report = tfshell.user_ns["pm"]
    assert report.cell_label == f"In[{failed}]" and report.error_type == "InvalidArgumentError"
    assert report.findings[0].kind == "shape_mismatch" and report.findings[0].line == 3
    assert report.source.startswith("runs += 1")
    notes = " ".join(report.unavailable)
    assert f"variable ledger: In[{failed}] ran while tfmagic was not recording" in notes
    assert "op traceback" in notes  # eager errors carry no op


def test_post_mortem_reuses_the_auto_report(tfshell):
    run(tfshell, "%tfcheck on")
    run(tfshell, MATMUL_FAILURE)
    shown = tfmagic.last_report()
    assert not any("variable ledger" in n for n in shown.unavailable)
    _, outputs = run(tfshell, "%tfcheck -o again")
    assert tfshell.user_ns["again"] is shown and len(outputs) == 1


@pytest.mark.parametrize("first", ["%tfcheck on", "%tfcheck off"])
def test_post_mortem_after_a_builtin_exception(tfshell, first):
    """Built-in exceptions take no weak reference; the post-mortem still finds the report
    auto mode or %%tfcheck made, or diagnoses afresh."""
    run(tfshell, first)
    for cell in ("int('not a number')\n", "%%tfcheck\nint('not a number')\n"):
        result, _ = run(tfshell, cell)
        assert isinstance(result.error_in_exec, ValueError)
        made = tfmagic.last_report()
        _, outputs = run(tfshell, "%tfcheck -o pm")
        assert len(outputs) == 1 and tfshell.user_ns["pm"].error_type == "ValueError"
        if first == "%tfcheck on" or cell.startswith("%%"):
            assert tfshell.user_ns["pm"] is made


def test_post_mortem_of_a_failure_in_an_earlier_cells_function(tfshell):
    run(tfshell, "def project(t):\n    return tf.matmul(t, w)\n")
    run(tfshell, "batch = tf.ones([4, 5])\nout = project(batch)\n")
    failed = tfshell.execution_count - 1
    run(tfshell, "%tfcheck -o pm")
    report = tfshell.user_ns["pm"]
    assert report.cell_label == f"In[{failed}]" and report.raise_line == 2


def test_post_mortem_without_a_failure_is_a_usage_error(shell, monkeypatch):
    for name in ("last_value", "last_type", "last_traceback", "last_exc"):
        monkeypatch.delattr(sys, name, raising=False)
    result, outputs = run(shell, "%tfcheck")
    assert isinstance(result.error_in_exec, UsageError) and outputs == []
    assert "no failure to diagnose" in str(result.error_in_exec)


# --------------------------------------------------------------------------- options


def test_quoted_arguments_work_as_in_a_shell(shell, tmp_path):
    """Issue 10, item 7: a checkpoint path with a space, and an empty --scope."""
    from tfmagic.magics import parse_options

    magics = shell.magics_manager.registry["TFMagics"]
    args = parse_options(magics.tfgraph,
                         '--checkpoint "/content/drive/My Drive/ckpt" --scope ""')
    assert args.checkpoint == "/content/drive/My Drive/ckpt" and args.scope == ""
    args = parse_options(magics.tfgraph, "--checkpoint '/a b/c' -o cmp")
    assert args.checkpoint == "/a b/c" and args.out == "cmp"
    with pytest.raises(UsageError, match="usage: %tfgraph"):
        parse_options(magics.tfgraph, '--checkpoint "/unclosed')

    folder = tmp_path / "My Drive"
    folder.mkdir()
    run(shell, "import tensorflow as tf\n"
               "ck = tf.train.Checkpoint(v=tf.Variable([1.0, 2.0]))\n"
               f"saved = ck.write({str(folder / 'ckpt')!r})")
    result, _ = run(shell, '%tfgraph --checkpoint "{saved}" --object ck -o cmp')
    assert result.success, result.error_in_exec
    assert "cmp" in shell.user_ns


@pytest.mark.parametrize("cell", [
    "%%tfcheck -o class\nx = 1\n",
    "%%tfcheck -o 1abc\nx = 1\n",
    "%tfgraph -o 1abc",
    "%tfgraph -o lambda",
    "%tfcheck -o None",
])
def test_out_names_must_be_variable_names(shell, cell):
    """Issue 10, item 8: keywords and non-identifiers are refused before anything runs."""
    result, _ = run(shell, cell)
    assert isinstance(result.error_in_exec, UsageError)
    assert "-o needs a Python variable name" in str(result.error_in_exec)
    assert "x" not in shell.user_ns


@pytest.mark.parametrize("setting", ["max_rows = -1", "max_rows = 0", "history_size = 0"])
def test_settings_are_validated(shell, setting, caplog):
    """Issue 10, item 8: %config logs the traitlets error and keeps the old value."""
    magics = shell.magics_manager.registry["TFMagics"]
    name = setting.split()[0]
    before = getattr(magics, name)
    run(shell, f"%config TFMagics.{setting}")
    assert getattr(magics, name) == before
    assert f"'{name}' trait of a TFMagics instance should not be less than 1" in caplog.text
    with pytest.raises(TraitError):
        setattr(magics, name, int(setting.split("=")[1]))


@pytest.mark.parametrize("line", ["on -q", "off -o r", "maybe"])
def test_bad_modes_are_usage_errors(shell, line):
    result, _ = run(shell, f"%tfcheck {line}")
    assert isinstance(result.error_in_exec, UsageError)
    assert hooks_left(shell)["callbacks"] == 0


def test_cell_magic_refuses_a_mode(shell):
    result, _ = run(shell, "%%tfcheck on\nbody_ran = True\n")
    assert isinstance(result.error_in_exec, UsageError) and "body_ran" not in shell.user_ns


# --------------------------------------------------------------------------- line numbers


def _cause_row_and_summary_lines(report) -> tuple[int, list[int]]:
    """The editor line the text report marks as the cause (``>>``) and the line numbers the
    primary finding's summary names in this cell."""
    import re

    text = report._repr_mimebundle_()["text/plain"]
    marked = [int(n) for n in re.findall(r"^\s*>>\s+(\d+) \|", text, re.M)]
    assert len(marked) == 1, text
    summary = report.findings[0].summary
    return marked[0], [int(n) for n in re.findall(r"\bline (\d+)(?! of In\[)", summary)]


@pytest.mark.parametrize("header", ["%%tfcheck\n", ""], ids=["tfcheck-cell", "auto-plain-cell"])
def test_summary_line_numbers_are_the_listings_editor_numbers(tfshell, header):
    """Issue 11 item 4: a sentence names the line the listing marks, in the editor's numbering
    (the %%tfcheck line is line 1; a plain cell has no header), while ``Finding.line`` stays
    the body line."""
    if not header:
        run(tfshell, "%tfcheck on")
    result, _ = run(tfshell, header + "a = 1\nb = 0\nc = a / b\n")
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    report = tfmagic.last_report()
    finding = report.findings[0]
    assert finding.line == 3  # body line of ``c = a / b``
    marked, named = _cause_row_and_summary_lines(report)
    offset = len(header.splitlines())
    assert marked == 3 + offset
    # The general report names where each operand was made: `a` (body line 1) and `b` (body
    # line 2), in the editor's numbering too.
    assert named and set(named) == {1 + offset, 2 + offset}, finding.summary


EARLIER_CELL_CAUSES = {
    # kind: (earlier cell body, failing/warning cell body, body line of the cause in the earlier
    # cell, the quoted cause line)
    "untracked_weights": (
        "class Gain(tf.keras.layers.Layer):\n"
        "    def build(self, shape):\n"
        "        self.g = tf.ones((shape[-1],))\n"
        "    def call(self, x):\n"
        "        return x * self.g\n",
        "layer = Gain()\ny = layer(tf.ones([2, 4]))\n", 3, "self.g = tf.ones((shape[-1],))"),
    "tf_function_variable_creation": (
        "@tf.function\ndef step_{mode}(x):\n    v = tf.Variable(1.0)\n    return x * v\n",
        "y = step_{mode}(tf.constant(2.0))\n", 3, "v = tf.Variable(1.0)"),
}


@pytest.mark.parametrize("kind", sorted(EARLIER_CELL_CAUSES))
@pytest.mark.parametrize("mode", ["tfcheck-cells", "plain-then-tfcheck", "auto"])
def test_cause_in_an_earlier_cell_shows_that_cells_editor_numbers(tfshell, mode, kind):
    """Issue 11 item 4: a cause in an earlier cell is named by the number that cell's editor
    shows (its %%tfcheck line is line 1; a plain cell has none) in the location tag, the quoted
    line and the sentence, in text and HTML alike, while ``Finding.line`` stays the body line."""
    import html as html_lib

    earlier, last, body_line, quoted = EARLIER_CELL_CAUSES[kind]
    # Autograph caches conversions by code object, and code objects that differ only in their
    # file compare equal: an identical function in another test's shell would be reported
    # from that shell's cell. A name per mode keeps the functions apart.
    earlier, last = (body.replace("{mode}", mode.replace("-", "_")) for body in (earlier, last))
    if mode == "auto":
        run(tfshell, "%tfcheck on")
    earlier_label = f"In[{tfshell.execution_count}]"
    earlier_header = "%%tfcheck\n" if mode == "tfcheck-cells" else ""
    result, _ = run(tfshell, earlier_header + earlier)
    assert result.success
    run(tfshell, ("" if mode == "auto" else "%%tfcheck\n") + last)
    report = tfmagic.last_report()
    finding = next(f for f in report.findings if f.kind == kind)
    assert (finding.cell, finding.line) == (earlier_label, body_line)
    assert finding.other_cell_lines == [(earlier_label, body_line, quoted)]
    shown = body_line + len(earlier_header.splitlines())
    assert report.to_dict()["cell_offsets"][earlier_label] == shown - body_line

    bundle = report._repr_mimebundle_()
    text, page = bundle["text/plain"], html_lib.unescape(bundle["text/html"])
    for rendered in (text, page, finding.summary):
        named = set(re.findall(rf"line (\d+) of {re.escape(earlier_label)}", rendered))
        assert named <= {str(shown)}, (named, rendered)
    for rendered in (text, page):
        assert f"line {shown} of {earlier_label}" in rendered, rendered  # the location tag
        assert f"{earlier_label} line {shown}: {quoted}" in rendered, rendered  # the quote
