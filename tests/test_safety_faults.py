"""Issue 18: checking a cell leaves the user's world as it was, whatever happens while checking.

Each test here failed on the code before the fix it names (see the commit messages).
"""

from __future__ import annotations

import os
import sys

import pytest

import tfmagic


def run(shell, cell: str):
    shown = len(shell.display_pub.outputs)
    result = shell.run_cell(cell, store_history=True)
    return result, shell.display_pub.outputs[shown:]


def texts(outputs) -> list[str]:
    return [o["data"].get("text/plain", "") for o in outputs]


@pytest.fixture
def tfshell(shell):
    run(shell, "import tensorflow as tf")
    yield shell
    import keras

    keras.backend.clear_session()


def _metaclass_call():
    from tensorflow.python.ops import variables

    return variables.VariableMetaclass.__dict__["__call__"]


# ------------------------------------------------------------------ hooks restored (item 3)
@pytest.mark.parametrize("fault", [KeyboardInterrupt, RuntimeError])
def test_hooks_removed_when_auto_modes_end_of_cell_step_faults(tfshell, monkeypatch, fault):
    """A Ctrl-C (or a fault) landing in auto mode's end-of-cell step, while the ledger removes
    its hooks: every patch still goes, and ``%tfcheck off`` leaves TensorFlow as it was."""
    from tfmagic._tf import patches
    from tfmagic.ledger import Ledger

    original = _metaclass_call()
    real_stop = Ledger.stop

    def interrupted_stop(self):
        if self._undo:                  # one hook removed, then the interrupt lands
            self._undo.pop()()
        raise fault("landed in the end-of-cell step")

    run(tfshell, "%tfcheck on")
    monkeypatch.setattr(Ledger, "stop", interrupted_stop)
    for _ in range(2):
        result, _ = run(tfshell, "v_fault = tf.Variable(1.0)")
        assert result.success
        assert _metaclass_call() is original
        assert patches.active_patch_count() == 0
    monkeypatch.setattr(Ledger, "stop", real_stop)
    run(tfshell, "%tfcheck off")
    assert _metaclass_call() is original
    assert patches.active_patch_count() == 0


# ------------------------------------------------------------------ fault notices (item 4)
def test_every_faulting_cell_gets_its_notice(tfshell, monkeypatch, capsys):
    from tfmagic import auto

    run(tfshell, "%tfcheck on")
    for message in ("first fault", "second fault", "first fault"):
        def broken(*args, message=message):
            raise RuntimeError(message)

        monkeypatch.setattr(auto, "_attach_plain_cell", broken)
        capsys.readouterr()
        result, _ = run(tfshell, "x = tf.ones([4, 5])\ny = tf.matmul(x, tf.ones([2, 3]))")
        assert not result.success
        err = capsys.readouterr().err
        assert err.count("tfmagic: ") == 1 and message in err, err


def test_variable_hook_fault_on_a_passing_cell_is_not_silent(tfshell, monkeypatch):
    """A fault in the variable hook drops that variable from the ledger: the cell's report
    says so instead of showing nothing."""
    from tfmagic.ledger import Ledger

    run(tfshell, "%tfcheck on")

    def broken(self, variable, context, caller):
        raise RuntimeError("hook bug")

    monkeypatch.setattr(Ledger, "_on_created", broken)
    before = tfmagic.last_report()
    result, outputs = run(tfshell, "v_dropped = tf.Variable(2.0, name='v_dropped')")
    assert result.success
    report = tfmagic.last_report()
    assert report is not before and report.faults, report
    assert any("failed" in text for text in texts(outputs)), texts(outputs)


# ------------------------------------------------------------------ the user's graph (item 2)
GRAPH_CELLS = [
    "g = tf.Graph()\n"
    "with g.as_default():\n"
    "    ref_v = tf.compat.v1.Variable(tf.ones([2]), name='ref_v', use_resource=False)\n"
    "    res_v = tf.compat.v1.Variable(tf.ones([3]), name='res_v', use_resource=True)\n"
    "    init = tf.compat.v1.global_variables_initializer()\n"
    "sess = tf.compat.v1.Session(graph=g)\n"
    "sess.run(init)",
    "sess.run(ref_v)",
    "with g.as_default():\n"
    "    late_v = tf.compat.v1.Variable(2.0, name='late_v', use_resource=False)\n"
    "    late_r = tf.compat.v1.Variable(2.0, name='late_r', use_resource=True)",
    "total = sess.run(ref_v)",
]


def _graph_and_runs(shell, monkeypatch, prefix: str):
    """Run GRAPH_CELLS (each with ``prefix``); the user graph's op names and how many times
    its session ran (every C-level run or callable call)."""
    from tensorflow.python.client import pywrap_tf_session as tf_session

    runs = []
    for name in ("TF_SessionRun_wrapper", "TF_SessionRunCallable", "TF_SessionMakeCallable"):
        real = getattr(tf_session, name)
        monkeypatch.setattr(tf_session, name,
                            lambda *a, real=real, name=name: (runs.append(name), real(*a))[1])
    states = {}
    for cell in GRAPH_CELLS:
        before = tfmagic.last_report()
        result, _ = run(shell, prefix + cell)
        assert result.success, result.error_in_exec
        report = tfmagic.last_report()
        if report is not None and report is not before:
            states.update((r.name, r.initialized) for r in report.variables)
    ops = [op.name for op in shell.user_ns["g"].get_operations()]
    shell.user_ns["sess"].close()
    monkeypatch.undo()
    shell.states = states
    return ops, runs


@pytest.mark.parametrize("mode", ["%%tfcheck", "auto"])
def test_checking_adds_nothing_to_the_users_graph_or_session(tfshell, monkeypatch, mode):
    """A passing cell under %%tfcheck or auto mode leaves the user's graph with the same ops
    and its session with the same runs as without tfmagic (no IsVariableInitialized check op,
    no initialization probe run), and the report still knows late_v is uninitialized."""
    run(tfshell, "%tfcheck off")
    plain_ops, plain_runs = _graph_and_runs(tfshell, monkeypatch, "")
    if mode == "auto":
        run(tfshell, "%tfcheck on")
        ops, runs = _graph_and_runs(tfshell, monkeypatch, "")
        run(tfshell, "%tfcheck off")
    else:
        ops, runs = _graph_and_runs(tfshell, monkeypatch, "%%tfcheck\n")
    assert not [op for op in ops if op.startswith("tfmagic")]
    assert ops == plain_ops
    assert runs == plain_runs
    # Still known, from what the cells were seen doing: initialized by `sess.run(init)`,
    # late_v and late_r never.
    assert {k.split(":")[0]: v for k, v in tfshell.states.items()} == \
        {"ref_v": True, "res_v": True, "late_v": False, "late_r": False}


# ------------------------------------------------------------------ item 4: smaller defects
def test_nested_run_cell_does_not_take_the_outer_cells_report(tfshell):
    run(tfshell, "%tfcheck on")
    result, _ = run(tfshell, 'get_ipython().run_cell("1/0")\nraise ValueError("outer")')
    assert type(result.error_in_exec) is ValueError
    report = tfmagic.last_report()
    assert report is not None and report.error_type == "ValueError", report


def test_quitting_the_debugger_shows_no_card(tfshell):
    run(tfshell, "%tfcheck on")
    before = tfmagic.last_report()
    result, outputs = run(tfshell, "import bdb\nraise bdb.BdbQuit()")
    assert type(result.error_in_exec).__name__ == "BdbQuit"
    assert outputs == [] and tfmagic.last_report() is before


def test_post_mortem_survives_a_mistyped_magic(tfshell):
    result, _ = run(tfshell, "1/0")
    assert type(result.error_in_exec) is ZeroDivisionError
    result, _ = run(tfshell, "%tfcheck -o 1x")
    assert type(result.error_in_exec).__name__ == "UsageError"
    result, _ = run(tfshell, "%tfcheck -o rep")
    assert result.success, result.error_in_exec
    assert tfshell.user_ns["rep"].error_type == "ZeroDivisionError"


@pytest.mark.parametrize("auto", ["%tfcheck on", "%tfcheck off"])
def test_terminal_shell_op_traceback_does_not_crash(auto):
    """Terminal IPython frees a cell's code objects that TensorFlow's op stacks still point
    at; auto mode reading the op traceback crashed the process (SIGSEGV), and with auto mode
    off TensorFlow's own message read freed memory (``RuntimeError: basic_string::_M_construct
    null not valid``) before the post-mortem could look. tfmagic keeps them from ``%load_ext``
    on: TensorFlow's own error, and the post-mortem reads it."""
    import subprocess
    import textwrap

    code = textwrap.dedent("""
        import sys
        sys.path.insert(0, %r)
        import tfmagic
        from shellrun import fresh_shell
        sh = fresh_shell()
        sh.run_line_magic("load_ext", "tfmagic")
        sh.run_cell(%r, store_history=True)
        sh.run_cell("import tensorflow as tf\\ntf.compat.v1.disable_eager_execution()",
                    store_history=True)
        sh.run_cell("x = tf.compat.v1.placeholder(tf.float32, [None, 2]); y = x * 2",
                    store_history=True)
        sh.run_cell("sess = tf.compat.v1.Session()", store_history=True)
        r = sh.run_cell("sess.run(y)", store_history=True)
        print("RESULT", type(r.error_in_exec).__name__)
        sh.run_cell("%%tfcheck off", store_history=True)
        sh.run_cell("%%tfcheck", store_history=True)
        print("POST-MORTEM", tfmagic.last_report().error_type)
    """) % (os.path.dirname(os.path.abspath(__file__)), auto)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, env=dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2"))
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "RESULT InvalidArgumentError" in proc.stdout, proc.stdout[-2000:]
    assert "POST-MORTEM InvalidArgumentError" in proc.stdout, proc.stdout[-2000:]


@pytest.mark.parametrize("where", ["inspect", "render"])
def test_tfgraph_contains_its_own_faults(tfshell, monkeypatch, capsys, where):
    from tfmagic import graph, render

    def broken(*args, **kwargs):
        raise RuntimeError("tfgraph bug")

    if where == "inspect":
        monkeypatch.setattr(graph, "inspect", broken)
    else:
        monkeypatch.setattr(render, "graph_bundle", broken)
    capsys.readouterr()
    result, _ = run(tfshell, "%tfgraph")
    assert result.success, result.error_in_exec
    assert "tfmagic:" in capsys.readouterr().err


def test_unload_leaves_no_attribute_on_restored_checkpoints(tfshell, tmp_path):
    """Issue 18: a restored ``tf.train.Checkpoint`` kept tfmagic's ``_tfmagic_last_restore``
    attribute after ``%unload_ext``; the record lives only while the extension does."""
    result, _ = run(tfshell, "%%tfcheck\n"
                             "ckpt = tf.train.Checkpoint(v=tf.Variable(1.0))\n"
                             f"path = ckpt.save({str(tmp_path / 'c')!r})\n"
                             "status = ckpt.restore(path)")
    assert result.success, result.error_in_exec
    ckpt = tfshell.user_ns["ckpt"]
    assert "_tfmagic_last_restore" in ckpt.__dict__   # recorded while loaded (%tfgraph uses it)
    run(tfshell, "%unload_ext tfmagic")
    assert "_tfmagic_last_restore" not in ckpt.__dict__


def test_unload_leaves_no_attribute_on_checked_sessions(tfshell):
    """Issue 18: ``%tfgraph`` caches its check callables on the session it probes; after
    ``%unload_ext`` the session carries nothing of tfmagic's."""
    result, _ = run(tfshell, "g = tf.Graph()\n"
                             "with g.as_default():\n"
                             "    v = tf.compat.v1.get_variable('v', [2], use_resource=True)\n"
                             "sess = tf.compat.v1.Session(graph=g)")
    assert result.success, result.error_in_exec
    result, _ = run(tfshell, "%tfgraph --session sess")
    assert result.success, result.error_in_exec
    sess = tfshell.user_ns["sess"]
    assert any(name.startswith("_tfmagic") for name in sess.__dict__)  # the cache, while loaded
    run(tfshell, "%unload_ext tfmagic")
    assert not [name for name in sess.__dict__ if name.startswith("_tfmagic")]
    sess.close()


def test_reload_ext_keeps_auto_mode(tfshell):
    """Issue 18: %reload_ext tfmagic silently turned auto mode off."""
    run(tfshell, "%tfcheck on")
    run(tfshell, "%reload_ext tfmagic")
    result, _ = run(tfshell, "x = tf.ones([2, 3])\ny = tf.matmul(x, x)")
    assert result.error_in_exec is not None
    report = tfmagic.last_report()
    assert report is not None and report.error_type == "InvalidArgumentError"
    run(tfshell, "%tfcheck off")
    run(tfshell, "%reload_ext tfmagic")
    before = tfmagic.last_report()
    run(tfshell, "1/0")
    assert tfmagic.last_report() is before   # off stays off
