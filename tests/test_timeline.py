"""The causal timeline's tf.function traces and GradientTape events, in-process: what the
hooks record (function, which trace, what it created, the call that started it; tape opened,
closed, watched), that they hold weak references only and are gone after the cell, and the
diagnosis sentences that read them."""

from __future__ import annotations

import gc

import pytest
from shellrun import cell_outcome, first_error_of_checked_cells

import tfmagic
from tfmagic import timeline as tl

tf = pytest.importorskip("tensorflow")


def timeline():
    return tfmagic._state.timeline


def run_ok(shell, *cells):
    for cell in cells:
        outcome = cell_outcome(shell, "%%tfcheck\n" + cell)
        assert outcome["success"], outcome["error_message"]
    return outcome


first_error = first_error_of_checked_cells


def test_traces_record_the_function_the_call_and_the_variables_each_trace_created(shell):
    outcome = cell_outcome(shell, "%%tfcheck\n" + (
        "import tensorflow as tf\n"
        "@tf.function\n"
        "def offset_rows(rows):\n"
        "    bias = tf.Variable(tf.ones([2]))\n"
        "    return rows + bias\n"
        "shifted = offset_rows(tf.zeros([3, 2]))\n"))
    assert not outcome["success"]
    traces = timeline().traces(name="offset_rows")
    assert [t.detail for t in traces] == [tl.TRACE_VARIABLES_ALLOWED,
                                          tl.TRACE_VARIABLES_FORBIDDEN]
    assert [t.failed for t in traces] == [False, True]
    assert {(t.cell, t.line) for t in traces} == {(outcome["report"]["cell"], 6)}
    assert traces[0].subject == traces[1].subject
    created = timeline().inside(traces[0])
    assert [(e.line, e.names[0].split(":")[0]) for e in created] == [(4, "Variable")]
    assert timeline().inside(traces[1]) == []


def test_a_retrace_is_a_new_event_at_the_call_that_caused_it(shell):
    run_ok(shell,
           "import tensorflow as tf\n"
           "@tf.function\n"
           "def doubled(values):\n"
           "    return values * 2\n"
           "doubled(tf.zeros([4]))\n"
           "doubled(tf.zeros([4]))\n",
           "doubled(tf.zeros([2, 3]))\n")
    traces = timeline().traces(name="doubled")
    assert [(t.line, t.failed) for t in traces] == [(5, False), (1, False)]
    assert traces[0].cell != traces[1].cell and traces[0].subject == traces[1].subject
    assert all(t.detail == tl.TRACE_VARIABLES_ALLOWED for t in traces)  # none created any
    from tfmagic._tf import timeline_hooks

    assert timeline_hooks.function_key(shell.user_ns["doubled"]) == traces[0].subject


def test_tape_open_close_and_watch_with_weak_references_only(shell):
    run_ok(shell,
           "import tensorflow as tf\n"
           "point = tf.constant(2.0)\n"
           "with tf.GradientTape(persistent=True) as probe:\n"
           "    probe.watch(point)\n"
           "    height = point * point\n"
           "slope = probe.gradient(height, point)\n")
    history = timeline().tape(shell.user_ns["probe"])
    assert (history.opened.line, history.opened.detail) == (3, "persistent")
    assert history.closed is not None and history.closed.seq > history.opened.seq
    assert [w.line for w in history.watches] == [4]
    assert history.watched(shell.user_ns["point"])
    assert not history.watched(shell.user_ns["height"])
    ref = history.watches[0].refs[0]
    run_ok(shell,
           "with tf.GradientTape() as nested:\n"
           "    nested.watch({'inputs': [point], 'bias': (tf.constant(1.0), height)})\n")
    nested = timeline().tape(shell.user_ns["nested"])
    assert nested.watched(shell.user_ns["point"]) and nested.watched(shell.user_ns["height"])
    assert len(nested.watches[0].refs) == 3
    shell.run_cell("del point, probe, height, slope, nested", store_history=True)
    gc.collect()
    assert ref() is None


def test_a_tape_per_step_stays_bounded_and_never_pushes_out_other_events(shell):
    run_ok(shell,
           "import tensorflow as tf\n"
           "weight = tf.Variable(1.0)\n"
           "for step in range(1000):\n"
           "    with tf.GradientTape() as tape:\n"
           "        loss = weight * 3.0\n"
           "    grad = tape.gradient(loss, weight)\n")
    events = timeline()
    assert len(events.frequent) == events.frequent_maxlen
    assert not any(e.what in tl.FREQUENT for e in events.events)
    assert events.created("Variable") is not None
    assert events.tape(shell.user_ns["tape"]).opened.line == 4


def test_hooks_are_gone_after_the_cell_and_after_unload(shell):
    from tensorflow.python.eager import backprop
    from tensorflow.python.eager.polymorphic_function import tracing_compilation

    originals = (backprop.GradientTape.__dict__["__enter__"],
                 backprop.GradientTape.__dict__["__exit__"],
                 backprop.GradientTape.__dict__["watch"],
                 tracing_compilation._create_concrete_function)
    seen = {}
    shell.user_ns["seen"] = seen
    run_ok(shell,
           "from tensorflow.python.eager import backprop\n"
           "from tensorflow.python.eager.polymorphic_function import tracing_compilation\n"
           "seen['during'] = (backprop.GradientTape.__dict__['__enter__'],\n"
           "                  tracing_compilation._create_concrete_function)\n")
    assert seen["during"][0] is not originals[0] and seen["during"][1] is not originals[3]
    assert (backprop.GradientTape.__dict__["__enter__"],
            backprop.GradientTape.__dict__["__exit__"],
            backprop.GradientTape.__dict__["watch"],
            tracing_compilation._create_concrete_function) == originals


# ---------------------------------------------------------------- the sentences that read them


def test_loss_after_the_tape_closed_cites_the_tapes_open_and_close(shell):
    _, finding = first_error(
        shell,
        "import tensorflow as tf\n"
        "import keras\n"
        "fitter = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n"
        "step = keras.optimizers.SGD(0.1)\n"
        "features = tf.random.normal([8, 3])\n"
        "with tf.GradientTape() as recorder:\n"
        "    guess = fitter(features)\n"
        "    guess = guess + 0.0\n"
        "cost = tf.reduce_mean(guess ** 2)\n"
        "step.apply_gradients(zip(recorder.gradient(cost, fitter.trainable_variables),\n"
        "                         fitter.trainable_variables))\n")
    assert finding["kind"] == "missing_gradient" and finding["line"] == 9
    # Editor numbers: the %%tfcheck line is line 1.
    assert ("'cost' is computed at line 10, after the GradientTape opened at line 7 had "
            "closed at the end of its with block (line 9)") in finding["summary"]


def test_target_computed_before_the_tape_opened(shell):
    _, finding = first_error(
        shell,
        "import tensorflow as tf\n"
        "scale = tf.Variable(2.0)\n"
        "area = scale * scale\n"
        "with tf.GradientTape() as recorder:\n"
        "    unused = scale * 1.0\n"
        "change = recorder.gradient(area, scale)\n"
        "scale.assign_sub(0.1 * change)\n")
    assert finding["kind"] == "missing_gradient" and finding["line"] == 3
    assert "before the GradientTape was opened at line 5" in finding["summary"]


def test_watch_of_a_tensor_that_was_rebound_afterwards_points_at_the_rebinding(shell):
    _, finding = first_error(
        shell,
        "import tensorflow as tf\n"
        "pixels = tf.random.uniform([4])\n"
        "with tf.GradientTape() as recorder:\n"
        "    recorder.watch(pixels)\n"
        "    pixels = pixels / 2.0\n"
        "    score = tf.reduce_sum(tf.sin(pixels))\n"
        "pixels = pixels * 1.0\n"
        "sensitivity = recorder.gradient(score, pixels)\n"
        "peak = tf.reduce_max(tf.abs(sensitivity))\n")
    assert finding["kind"] == "missing_gradient" and finding["line"] == 7
    assert "tape.watch at line 5 watched the tensor 'pixels' named then" in finding["summary"]
    assert "line 8 binds 'pixels' to a new tensor" in finding["summary"]


def test_unwatched_constant_says_the_tape_recorded_no_watch(shell):
    _, finding = first_error(
        shell,
        "import tensorflow as tf\n"
        "signal = tf.random.uniform([5])\n"
        "with tf.GradientTape() as recorder:\n"
        "    energy = tf.reduce_sum(signal ** 2)\n"
        "response = recorder.gradient(energy, signal)\n"
        "total = tf.reduce_sum(tf.abs(response))\n")
    assert finding["line"] == 3
    assert ("the GradientTape opened at line 4 and closed at the end of its with block "
            "(line 5) recorded no tape.watch call") in finding["summary"]


def test_variable_in_tf_function_tells_which_trace_created_it(shell):
    outcomes, finding = first_error(
        shell,
        "import tensorflow as tf\n"
        "@tf.function\n"
        "def blend(a):\n"
        "    mix = tf.Variable(0.5)\n"
        "    return a * mix\n",
        "out = blend(tf.ones([2]))\n")
    assert finding["kind"] == "tf_function_variable_creation"
    assert ("The trace of 'blend' that failed was started by the call at line 2, a trace in "
            "which tf.function forbids new variables because an earlier trace of it created "
            "some. A call at that same line had traced it before, and that trace created a "
            f"variable at line 5 of {outcomes[0]['report']['cell']}.") in finding["summary"]


def test_silent_none_gradient_warning_says_the_target_was_computed_before_the_tape(shell):
    outcome = run_ok(
        shell,
        "import tensorflow as tf\n"
        "base = tf.constant(3.0)\n"
        "square = base * base\n"
        "with tf.GradientTape() as recorder:\n"
        "    recorder.watch(base)\n"
        "slope = recorder.gradient(square, base)\n")
    warnings = [f for f in outcome["report"]["findings"] if f["kind"] == "missing_gradient"]
    # Finding.line is the cause (body line 3, where `square` is computed), the sentence names
    # the gradient call too.
    assert warnings and warnings[0]["severity"] == "warning" and warnings[0]["line"] == 3
    assert ("tape.gradient at line 7 returned None for 1 of 1 source: 'square' is computed at line 4, before the "
            "GradientTape was opened at line 5") in warnings[0]["summary"]
