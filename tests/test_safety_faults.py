"""Issue 18: checking a cell leaves the user's world as it was, whatever happens while checking.

Each test here failed on the code before the fix it names (see the commit messages).
"""

from __future__ import annotations

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
