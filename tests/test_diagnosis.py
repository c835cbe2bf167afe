"""Diagnosis across cells, the annotated cell's markings, and escaping of user/TF text."""

from __future__ import annotations

import re

import pytest

import tfmagic
from shellrun import cell_outcome, forget_session, run_batch, run_isolated


@pytest.fixture
def eager_shell(shell):
    """The in-process shell for eager cells (no process-wide switch: no child process needed),
    left as a kernel restart would leave it (Keras names, sessions, default graph)."""
    yield shell
    forget_session(shell)


def run_here(shell, cells: list[str]) -> list[dict]:
    return [cell_outcome(shell, cell) for cell in cells]


# Notebook sessions that switch to graph mode (process-wide), in one child process, each in a
# fresh shell. Graph mode cannot be switched off, so the one whose first cell runs eagerly
# comes first.
GRAPH_SESSIONS = {
    "eager_then_graph": [
        "%%tfcheck\nimport tensorflow as tf\n"
        "net = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(2)])\n",
        "import tensorflow.compat.v1 as tf1\ntf1.disable_v2_behavior()",
        "%%tfcheck\ndef encoder(inp, reuse):\n"
        "    with tf1.variable_scope('encoder', reuse=reuse):\n"
        "        return tf1.matmul(inp, tf1.get_variable('kernel', [3, 4]))\n"
        "a = tf1.placeholder(tf1.float32, [None, 3])\nh = encoder(a, reuse=True)\n",
    ],
    "earlier_cell": [
        "import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()",
        "%%tfcheck\nscale = 3.0\nweights = tf.Variable(tf.ones([3, 2]), name='layer_w')\n",
        "%%tfcheck\nproduct = tf.matmul(tf.ones([1, 3]), weights)\nsess = tf.Session()\n"
        "sess.run(product)\n",
    ],
    "html": [
        "%%tfcheck\nimport tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n"
        "w = tf.Variable(tf.ones([2]), name='late')\nsess = tf.Session()\nsess.run(w)\n",
    ],
}


@pytest.fixture(scope="module")
def graph_runs() -> dict[str, list[dict]]:
    return dict(zip(GRAPH_SESSIONS, run_batch(list(GRAPH_SESSIONS.values()))))


def _error(report: dict) -> dict:
    return [f for f in report["findings"] if f["severity"] == "error"][0]


def test_cause_in_an_earlier_cell_is_reported_with_its_label(graph_runs):
    outcomes = graph_runs["earlier_cell"]
    first, second, third = outcomes
    assert first["success"] and second["success"]
    assert third["error_type"] == "FailedPreconditionError"
    finding = _error(third["report"])
    assert finding["kind"] == "uninitialized_variable"
    assert finding["cell"] == second["report"]["cell"] != third["report"]["cell"]
    assert finding["line"] == 2  # line 2 of the earlier cell's body
    # ... which its editor numbers 3 (the %%tfcheck line is line 1): the sentence says so.
    assert f"line 3 of {finding['cell']}" in finding["summary"], finding["summary"]
    assert "layer_w" in finding["culprits"]
    assert third["report"]["raise_line"] == 3
    # The earlier cell is named, and its line quoted, in what the user sees.
    assert finding["cell"] in third["text"][0]
    assert finding["other_cell_lines"] == [[finding["cell"], 2, "weights = tf.Variable("
                                            "tf.ones([3, 2]), name='layer_w')"]]
    assert "weights = tf.Variable" in third["html"][0]
    # ... shown by that cell's editor number, as the sentence says (issue 11 item 4).
    for shown in (third["text"][0], third["html"][0]):
        assert f"{finding['cell']} line 3: weights" in shown
        assert f"line 2 of {finding['cell']}" not in shown


def test_layer_class_from_a_plain_earlier_cell_points_into_that_cell(eager_shell):
    outcomes = run_here(eager_shell, [
        "import tensorflow as tf\n"
        "class Gain(tf.keras.layers.Layer):\n"
        "    def build(self, shape):\n"
        "        self.g = tf.ones((shape[-1],))\n"
        "    def call(self, x):\n"
        "        return x * self.g\n",
        "%%tfcheck\nlayer = Gain()\ny = layer(tf.ones([2, 4]))\n",
    ])
    report = outcomes[1]["report"]
    assert outcomes[1]["success"]
    warnings = [f for f in report["findings"] if f["kind"] == "untracked_weights"]
    assert warnings and warnings[0]["severity"] == "warning"
    assert warnings[0]["cell"] == "In[1]" and warnings[0]["line"] == 4
    assert "Gain" in warnings[0]["culprits"]


def test_none_gradient_in_a_succeeding_cell_is_a_warning(eager_shell):
    outcomes = run_here(eager_shell, [
        "%%tfcheck\nimport tensorflow as tf\n"
        "used = tf.Variable(1.0)\nunused = tf.Variable(2.0)\n"
        "with tf.GradientTape() as tape:\n    loss = used * 3.0\n"
        "grads = tape.gradient(loss, [used, unused])\n",
    ])
    report = outcomes[0]["report"]
    assert outcomes[0]["success"]
    [warning] = [f for f in report["findings"] if f["kind"] == "missing_gradient"]
    assert warning["severity"] == "warning" and warning["line"] == 6
    assert "1 of 2" in warning["summary"]


@pytest.mark.fast
def test_non_tensorflow_error_gets_the_annotated_cell(shell):
    result = shell.run_cell("%%tfcheck\na = 1\nb = 0\nc = a / b\n", store_history=True)
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    report = tfmagic.last_report()
    finding = _error(report.to_dict())
    assert finding["kind"] == "other" and finding["line"] == 3
    assert report.raise_line == 3 and report.raise_col == (4, 9)
    html = report._repr_mimebundle_()["text/html"]
    assert "cause+raised" in html and "text-decoration: underline wavy" in html
    # Editor numbering: the %%tfcheck line is line 1 (shown), the failing body line 3 is line 4.
    assert ">%%tfcheck</pre>" in html
    assert re.search(r"cause\+raised</span> 4</span>c = ", html)


def test_script_in_names_and_messages_is_escaped(shell):
    cell = ("%%tfcheck\nimport tensorflow as tf\n"
            "v = tf.Variable(1.0, name='x<script>alert(1)</script>')\n"
            "raise ValueError('<script>alert(2)</script> & <b>bold</b>')\n")
    result = shell.run_cell(cell, store_history=True)
    assert isinstance(result.error_in_exec, ValueError)
    html = tfmagic.last_report()._repr_mimebundle_()["text/html"]
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(2)" in html
    assert "<b>bold" not in html
    # The variable name reaches the variables table escaped too.
    assert "alert(1)" in html and "&lt;/script&gt;" in html


def test_html_is_self_contained_and_marks_cause_and_raise_differently(graph_runs):
    outcomes = graph_runs["html"]
    html = outcomes[0]["html"][0]
    assert not re.search(r"<(script|link|style)\b", html)
    assert "class=" not in html
    # Body lines 3 and 5 are editor lines 4 and 6 (the %%tfcheck line is line 1).
    cause = re.search(r'background:(rgba\([^)]*\))[^>]*><span[^>]*><span[^>]*>cause</span> 4<',
                      html)
    raised = re.search(r'background:(rgba\([^)]*\))[^>]*><span[^>]*><span[^>]*>raised</span> 6<',
                       html)
    assert cause and raised and cause.group(1) != raised.group(1)
    assert "caused the failure" in html and "where the exception surfaced" in html  # legend
    assert "<details><summary>FailedPreconditionError: original message" in html
    text = outcomes[0]["text"][0]
    assert "\x1b[" not in text  # no ANSI colour outside a terminal
    assert re.search(r">>\s+4 \| w = tf.Variable", text)
    assert re.search(r"->\s+6 \| sess.run\(w\)", text)
    assert re.search(r"^\s+1 \| %%tfcheck$", text, re.M)


def test_reuse_lookup_ignores_eager_variables_from_earlier_cells(graph_runs):
    outcomes = graph_runs["eager_then_graph"]
    finding = _error(outcomes[2]["report"])
    assert finding["kind"] == "variable_not_found"
    assert finding["line"] == 5 and "dense" not in finding["summary"]


def test_indentation_survives_nbconvert_html_export():
    import nbformat
    from nbconvert import HTMLExporter

    from tfmagic.report import Report

    report = Report(ok=False, error_type="ZeroDivisionError", raise_line=3,
                    source="class A:\n    def f(self):\n        return 1 / 0\n")
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("%%tfcheck\n" + report.source)
    cell.outputs = [nbformat.v4.new_output("display_data", data=report._repr_mimebundle_())]
    notebook.cells = [cell]
    body, _ = HTMLExporter().from_notebook_node(notebook)
    assert re.search(r"> 2</span>    <span[^>]*>def</span>", body)
    # The raise line is a marked row, drawn in the plain text colour.
    assert re.search(r"> 3</span>        return 1 / 0", body)


@pytest.mark.fast
def test_a_failing_rule_costs_only_that_rule(shell, monkeypatch):
    from tfmagic.diagnose import registry

    def broken_rule(evidence):
        """``ZeroDivisionError: division by zero``"""
        raise KeyError("bug in a rule")

    monkeypatch.setattr(registry, "FAILURE_RULES",
                        (registry.Rule("other", broken_rule),) + registry.FAILURE_RULES)
    result = shell.run_cell("%%tfcheck\nx = 1\ny = x / 0\n", store_history=True)
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    report = tfmagic.last_report()
    assert report.findings[0].kind == "other" and report.findings[0].line == 2
    assert any("broken_rule" in fact for fact in report.unavailable)
    assert report.internal_error is None


def test_causes_in_cells_that_ran_plainly_are_read_from_their_code():
    # Graph mode is process-wide: one child. Cells 1 and 3 run without tfmagic, so the
    # timeline holds neither the data's creation nor the session's close.
    outcomes = run_isolated([
        "import numpy as np\nimport tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n"
        "readings = np.ones((6, 12), 'float32')\n",
        "%%tfcheck\ninputs = tf.placeholder(tf.float32, [None, 4])\n"
        "total = tf.reduce_sum(inputs)\n",
        "with tf.Session() as probe:\n    pass\n",
        "%%tfcheck\nwindow = readings[:3]\nrunner = tf.Session()\n"
        "runner.run(total, {inputs: window})\n",
        "%%tfcheck\nprobe.run(total, {inputs: np.ones((2, 4), 'float32')})\n",
    ])
    feed, closed = outcomes[3], outcomes[4]
    assert feed["error_type"] == "ValueError" and closed["error_type"] == "RuntimeError"
    # The fed data followed back from the feed, through the slice, to where a plain cell
    # made it with its shape: every link is in the finding's evidence.
    finding = _error(feed["report"])
    assert finding["kind"] == "feed_mismatch", finding
    assert finding["line"] == 4 and finding["cell"] not in (None, feed["report"]["cell"])
    assert "readings" in finding["culprits"] and "selected from readings" in finding["summary"]
    assert [link.get("name") for link in finding["evidence"]] == [None, "window", "readings"]
    # The `with` block that closed the session, from the code of a plain cell.
    finding = _error(closed["report"])
    assert finding["kind"] == "other" and finding["line"] == 1, finding
    assert finding["cell"] not in (None, closed["report"]["cell"], outcomes[1]["report"]["cell"])
    assert "`with ... as probe:` block" in finding["summary"]


def test_scopes_of_a_builder_in_an_earlier_cell_are_read_from_that_cells_code():
    # Graph mode is process-wide: one child. The builder (cell 2) opens its scope with the
    # caller's reuse flag and an inner scope without one; the failing cell has a scope of its
    # own at the same line numbers, which must not be mistaken for the builder's.
    outcomes = run_isolated([
        "import tensorflow.compat.v1 as tf1\ntf1.disable_eager_execution()\n",
        "%%tfcheck\ndef tower(x, reuse):\n    with tf1.variable_scope('tower', reuse=reuse):\n"
        "        with tf1.variable_scope('fc'):\n"
        "            w = tf1.get_variable('w', [3, 2])\n    return tf1.matmul(x, w)\n",
        "%%tfcheck\nleft = tf1.placeholder(tf1.float32, [None, 3])\n"
        "with tf1.variable_scope('inputs'):\n    scale = tf1.get_variable('scale', [])\n"
        "    right = left * scale\nout_left = tower(left, reuse=True)\n",
    ])
    finding = _error(outcomes[2]["report"])
    assert finding["kind"] == "variable_not_found", finding
    assert finding["cell"] is None and finding["line"] == 5, finding


def test_a_keras_layer_made_in_a_cell_after_the_initializer_marks_its_construction():
    # Graph mode is process-wide: one child. The layer object is made in the cell after the
    # initializer ran; its variables come into being on its call, a line later.
    outcomes = run_isolated([
        "import numpy as np\nimport tensorflow as tf\nimport tf_keras\n"
        "tf.compat.v1.disable_eager_execution()\n",
        "%%tfcheck\nsrc = tf.compat.v1.placeholder(tf.float32, [None, 5])\n"
        "base = tf_keras.layers.Dense(3)(src)\nrunner = tf.compat.v1.Session()\n"
        "runner.run(tf.compat.v1.global_variables_initializer())\n",
        "%%tfcheck\nextra = tf_keras.layers.Dense(3, name='late_head')\n"
        "mixed = base + extra(base)\n"
        "runner.run(mixed, {src: np.ones((2, 5), 'float32')})\n",
    ])
    assert outcomes[2]["error_type"] == "FailedPreconditionError"
    finding = _error(outcomes[2]["report"])
    assert finding["kind"] == "uninitialized_variable", finding
    assert finding["cell"] is None and finding["line"] == 1, finding
    assert "extra" in finding["culprits"] and "by extra (made at line 2)" in finding["summary"]
