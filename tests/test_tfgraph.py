"""%tfgraph: graph mode (child processes: disable_eager_execution is process-wide), eager mode
(in-process shell), checkpoint comparison, options and help.

Graph-mode checks are grouped so each child process (about 4 s to import TensorFlow) covers
several behaviours; cells that end in ``assert`` report through their ``success`` flag.
"""

from __future__ import annotations

import html
import re

import pytest

from shellrun import run_batch

# --------------------------------------------------------------------------- graph mode

RESOURCE_CELLS = [
    # 0: variables in two cells' worth of code, no session yet
    """%%tfcheck
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
with tf.compat.v1.variable_scope("enc"):
    a = tf.compat.v1.get_variable("a", [2, 3])
    b = tf.compat.v1.get_variable("b", [3])
""",
    "%tfgraph -o no_session",
    # 2: a session initializing only `a`, and a variable created after it
    """%%tfcheck
sess = tf.compat.v1.Session()
sess.run(a.initializer)
c = tf.Variable(1.0, name="c")
""",
    "g = tf.compat.v1.get_default_graph(); n_ops = len(g.get_operations())\n%tfgraph -o partial",
    "%tfgraph -o again\nassert len(g.get_operations()) == n_ops, 'tfgraph added ops'",
    "%tfgraph --all --scope enc/ -o scoped",
    "%tfgraph --session sess -o named",
    "%tfgraph --session nope",
    "%tfgraph --session a",
    "%tfgraph --frobnicate",
    "%tfgraph --scope",
    # 11: everything initialized, then the graph finalized: still checkable, still runs
    """sess.run(tf.compat.v1.global_variables_initializer())
g.finalize()
%tfgraph -o final
assert g.finalized
assert float(sess.run(c)) == 1.0
""",
    # 12: closed session
    "sess.close()\n%tfgraph -o closed",
]


@pytest.fixture(scope="module")
def graph_runs() -> dict[str, list[dict]]:
    """The graph-mode notebook sessions of this module, in one child process (graph mode is
    process-wide), each in a fresh shell."""
    sessions = {"resource": RESOURCE_CELLS, "ref": REF_CELLS, "checkpoint": CHECKPOINT_CELLS}
    return dict(zip(sessions, run_batch(list(sessions.values()))))


@pytest.fixture(scope="module")
def resource_run(graph_runs):
    return graph_runs["resource"]


def test_no_session_means_nothing_initialized(resource_run):
    outcome = resource_run[1]
    assert outcome["success"], outcome["error_message"]
    report = outcome["graph_report"]
    assert report["mode"] == "graph"
    assert {v["name"] for v in report["uninitialized"]} == {"enc/a:0", "enc/b:0"}
    assert any("No session exists yet" in note for note in report["notes"])
    created = {v["name"]: (v["cell"], v["line"]) for v in report["uninitialized"]}
    assert created["enc/a:0"][1] == 4 and created["enc/b:0"][1] == 5
    assert created["enc/a:0"][0] == "In[1]"


def test_live_session_lists_uninitialized_grouped_by_cell(resource_run):
    outcome = resource_run[3]
    assert outcome["success"], outcome["error_message"]
    report = outcome["graph_report"]
    names = {v["name"]: v for v in report["uninitialized"]}
    assert set(names) == {"enc/b:0", "c:0"}
    assert names["c:0"]["cell"] == "In[3]" and names["c:0"]["line"] == 3
    assert names["enc/b:0"]["shape"] == [3] and names["enc/b:0"]["dtype"] == "float32"
    assert names["enc/b:0"]["variable_scope"] == "enc"
    assert any("2 of 3 variables" in note and "`sess`" in note for note in report["notes"])
    text = outcome["text"][0]
    assert text.index("In[1]") < text.index("enc/b:0") < text.index("In[3]") < text.index("c:0")
    page = outcome["html"][0]
    assert "<script" not in page and "enc/b:0" in page and "In[3]" in page


def test_repeated_checks_add_no_ops(resource_run):
    outcome = resource_run[4]
    assert outcome["success"], outcome["error_message"]
    assert len(outcome["graph_report"]["uninitialized"]) == 2


def test_all_and_scope(resource_run):
    report = resource_run[5]["graph_report"]
    assert {v["name"] for v in report["variables"]} == {"enc/a:0", "enc/b:0"}
    status = {v["name"]: v["initialized"] for v in report["variables"]}
    assert status == {"enc/a:0": True, "enc/b:0": False}
    assert "initialized" in resource_run[5]["text"][0]


def test_session_by_name(resource_run):
    report = resource_run[6]["graph_report"]
    assert {v["name"] for v in report["uninitialized"]} == {"enc/b:0", "c:0"}


@pytest.mark.parametrize("index, words", [
    (7, ["--session nope", "no variable named `nope`"]),
    (8, ["--session a", "not a tf.compat.v1.Session"]),
    (9, ["unrecognized arguments", "usage"]),
    (10, ["--scope", "expected one argument"]),
])
def test_bad_options_raise_usage_error(resource_run, index, words):
    outcome = resource_run[index]
    assert not outcome["success"]
    assert outcome["error_type"] == "UsageError"
    for word in words:
        assert word in outcome["error_message"]


def test_finalized_graph_all_initialized(resource_run):
    outcome = resource_run[11]
    assert outcome["success"], outcome["error_message"]
    report = outcome["graph_report"]
    assert report["uninitialized"] == []
    assert any(note.startswith("All 3 variables") for note in report["notes"])


def test_closed_session_says_what_to_do(resource_run):
    outcome = resource_run[12]
    assert outcome["success"], outcome["error_message"]
    report = outcome["graph_report"]
    assert any("closed" in note for note in report["notes"])
    finding = report["findings"][0]
    assert finding["culprits"] == ["sess"]
    assert "tf.compat.v1.Session()" in finding["fix"]
    assert "global_variables_initializer" in finding["fix"]


REF_CELLS = [
    """import tensorflow as tf
tf.compat.v1.disable_v2_behavior()
r1 = tf.compat.v1.Variable(1.0, name="r1")
r2 = tf.compat.v1.Variable(2.0, name="r2")
sess = tf.compat.v1.Session()
sess.run(r1.initializer)
assert type(r1).__name__ == "RefVariable"
""",
    "%tfgraph -o ref_report",
    "g = tf.compat.v1.get_default_graph(); n_ops = len(g.get_operations())\n%tfgraph\n"
    "assert len(g.get_operations()) == n_ops, 'the cached check ops were rebuilt'",
    # a variable created later, then the graph finalized: its check cannot be built
    "r3 = tf.compat.v1.Variable(3.0, name='r3')\nsess.run(r3.initializer)\ng.finalize()\n"
    "%tfgraph -o finalized\nassert float(sess.run(r1)) == 1.0",
]


def test_reference_variables_and_finalized_graph(graph_runs):
    outcomes = graph_runs["ref"]
    for outcome in outcomes:
        assert outcome["success"], outcome["error_message"]
    report = outcomes[1]["graph_report"]
    assert [v["name"] for v in report["uninitialized"]] == ["r2:0"]
    finalized = outcomes[3]["graph_report"]
    status = {v["name"]: v["initialized"] for v in finalized["variables"]}
    # r1/r2 keep the checks built before finalize(); r3 cannot get one: unknown, not guessed.
    assert status == {"r1:0": True, "r2:0": False, "r3:0": None}
    assert any("finalized" in note for note in finalized["notes"])


CHECKPOINT_CELLS = [
    """import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
d = tempfile.mkdtemp(prefix="ck<&>")
saved = tf.Graph()
with saved.as_default():
    with tf.compat.v1.variable_scope("my_model"):
        x = tf.compat.v1.get_variable("x", initializer=[1.0, 2.0])
        y = tf.compat.v1.get_variable("y", initializer=[3.0, 4.0, 5.0])
        w = tf.compat.v1.get_variable("w", initializer=[[1.0, 2.0]])
    with tf.compat.v1.Session(graph=saved) as s:
        s.run(tf.compat.v1.global_variables_initializer())
        path = tf.compat.v1.train.Saver().save(s, os.path.join(d, "model.ckpt"))
with tf.compat.v1.variable_scope("restored_model"):
    with tf.compat.v1.variable_scope("my_model"):
        x2 = tf.compat.v1.get_variable("x", [2])
        y2 = tf.compat.v1.get_variable("y", [3])
        w2 = tf.compat.v1.get_variable("w", [2, 1])
    extra = tf.compat.v1.get_variable("extra", [4])
""",
    "%tfgraph --checkpoint {path} -o cmp",
    # the printed fix, pasted: the renamed variables get the checkpoint's values
    """fix = next(f.fix for f in cmp.findings if f.rule == "checkpoint_rename")
code = "\\n".join(line for line in fix.splitlines()[1:] if not line.startswith("sess."))
exec(code)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
assert np.allclose(sess.run(x2), [1.0, 2.0]) and np.allclose(sess.run(y2), [3.0, 4.0, 5.0])
""",
    "%tfgraph --checkpoint /no/such/dir/model.ckpt",
    "%tfgraph --checkpoint {d} --scope restored_model/my_model/ -o scoped",
]


def test_checkpoint_comparison_and_prefix_rename(graph_runs):
    outcomes = graph_runs["checkpoint"]
    assert outcomes[0]["success"], outcomes[0]["error_message"]
    compared = outcomes[1]
    assert compared["success"], compared["error_message"]
    findings = {f["rule"]: f for f in compared["graph_report"]["findings"]}
    rename = findings["checkpoint_rename"]
    assert rename["kind"] == "checkpoint_mismatch" and rename["severity"] == "warning"
    assert "assignment_map" in rename["fix"] and "init_from_checkpoint" in rename["fix"]
    assert "restored_model/" in rename["fix"]
    assert "restored_model/extra" in findings["checkpoint_missing"]["culprits"]
    # w is [1, 2] in the checkpoint and [2, 1] here: not part of the rename, but unmatched
    assert "my_model/x" in rename["summary"] or "my_model/y" in rename["summary"]
    page = compared["html"][0]
    assert "<pre" in page and "assignment_map" in page
    assert "ck<&>" not in page and html.escape("ck<&>") in page
    # pasting the fix restores x and y under the new prefix
    assert outcomes[2]["success"], outcomes[2]["error_message"]
    unreadable = outcomes[3]
    assert unreadable["error_type"] == "UsageError"
    assert "/no/such/dir/model.ckpt" in unreadable["error_message"]
    assert "prefix" in unreadable["error_message"]
    scoped = outcomes[4]
    assert scoped["success"], scoped["error_message"]
    scoped_findings = {f["rule"]: f for f in scoped["graph_report"]["findings"]}
    assert "checkpoint_rename" in scoped_findings
    # extra is outside the scope; w is renamed too but its shape changed, so it has no value
    assert scoped_findings["checkpoint_missing"]["culprits"] == [
        "restored_model/my_model/w"]


# --------------------------------------------------------------------------- pure helpers


def test_find_prefix_rename_both_directions():
    from tfmagic.diagnose.checkpoint_keys import compare_keys

    graph = {"restored_model/my_model/x": (2,), "restored_model/my_model/y": (3,)}
    ckpt = {"my_model/x": (2,), "my_model/y": (3,)}
    rename = compare_keys(graph, ckpt).rename
    assert (rename.checkpoint_prefix, rename.target_prefix) == ("", "restored_model/")
    assert len(rename.pairs) == 2
    reverse = compare_keys(ckpt, graph).rename
    assert (reverse.checkpoint_prefix, reverse.target_prefix) == ("restored_model/", "")


def test_compare_keys_reports_shape_mismatch_and_no_rename_on_shape_change():
    from tfmagic.diagnose.checkpoint_keys import compare_keys

    result = compare_keys({"a/k": (3, 4), "a/b": (4,)}, {"a/k": (3, 5), "old/a/b": (5,)})
    assert result.shape_mismatch == [("a/k", (3, 4), (3, 5))]
    assert result.rename is None
    assert result.missing == ["a/b"] and result.unexpected == ["old/a/b"]


# --------------------------------------------------------------------------- eager mode


@pytest.fixture
def keras_ns(shell):
    shell.run_cell("""
import os, tempfile
import tensorflow as tf
import keras
model = keras.Sequential([keras.layers.Dense(4), keras.layers.Dense(2)])
built = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(2)])
opt = keras.optimizers.Adam()
drop = keras.layers.Dropout(0.1)
class Wrapper(tf.Module):
    def __init__(self):
        super().__init__()
        self.head = keras.layers.Dense(3)
wrapper = Wrapper()
""")
    return shell


def _graph_report(shell, line):
    shell.run_line_magic("tfgraph", line + " -o _tfg_report")
    return shell.user_ns["_tfg_report"]


def test_eager_unbuilt_models_optimizers_and_modules(keras_ns):
    report = _graph_report(keras_ns, "")
    assert report.mode == "eager"
    culprits = {f.culprits[0]: f for f in report.findings}
    # one finding per object in the namespace, naming the unbuilt layers inside it; the
    # weightless Dropout is no problem
    assert set(culprits) == {"model", "opt", "wrapper"}
    for finding in report.findings:
        assert finding.kind == "unbuilt_layer" and finding.severity == "warning"
        assert finding.culprits[0] in finding.summary and finding.fix
    assert "model.build(input_shape)" in culprits["model"].fix
    assert "model.layers[0] ('dense" in culprits["model"].summary
    assert "wrapper.head" in culprits["wrapper"].culprits
    assert "wrapper.head ('dense" in culprits["wrapper"].summary
    assert "opt.build(" in culprits["opt"].fix
    bundle = report._repr_mimebundle_()
    assert "model" in bundle["text/plain"] and "<script" not in bundle["text/html"]


def test_eager_all_built_says_so(shell):
    shell.run_cell("import keras\nnet = keras.Sequential([keras.Input((2,)), "
                   "keras.layers.Dense(1)])")
    report = _graph_report(shell, "")
    assert report.findings == []
    assert any("all 1" in note for note in report.notes)


def test_eager_object_option_limits_the_check(keras_ns):
    report = _graph_report(keras_ns, "--object opt")
    assert [f.culprits for f in report.findings] == [["opt"]]


def test_pending_checkpoint_restore(keras_ns):
    keras_ns.run_cell("""
d = tempfile.mkdtemp()
path = tf.train.Checkpoint(model=built).write(os.path.join(d, "ck"))
fresh = keras.Sequential([keras.layers.Dense(4), keras.layers.Dense(2)])
ck = tf.train.Checkpoint(model=fresh)
status = ck.restore(path)
""")
    report = _graph_report(keras_ns, "")
    pending = [f for f in report.findings if f.kind == "checkpoint_mismatch"]
    named = {f.culprits[0] for f in pending}
    assert {"status", "ck"} <= named
    for finding in pending:
        assert finding.severity == "warning" and finding.fix


def test_restore_hook_reports_discarded_status(keras_ns):
    from tfmagic._tf import checkpoints

    undo = checkpoints.install_restore_hook()
    try:
        keras_ns.run_cell("""
d2 = tempfile.mkdtemp()
p2 = tf.train.Checkpoint(model=built, opt=keras.optimizers.Adam()).write(os.path.join(d2, "ck"))
target = tf.train.Checkpoint(model=built)
target.restore(p2)  # status discarded; the optimizer values are never consumed
""")
    finally:
        undo()
    recorded = [(ckpt, path) for ckpt, _, path in checkpoints.recorded_restores()]
    assert (keras_ns.user_ns["target"], keras_ns.user_ns["p2"]) in recorded
    report = _graph_report(keras_ns, "")
    assert any(f.culprits[0] == "target" and f.kind == "checkpoint_mismatch"
               for f in report.findings)


def test_object_checkpoint_comparison_root_rename(keras_ns):
    keras_ns.run_cell("""
d3 = tempfile.mkdtemp()
p3 = tf.train.Checkpoint(model=built).write(os.path.join(d3, "ck"))
other = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(2)])
net_ck = tf.train.Checkpoint(net=other)
""")
    report = _graph_report(keras_ns, f"--checkpoint {keras_ns.user_ns['p3']} --object other")
    assert report.findings == []
    assert any("matches" in note for note in report.notes)
    report = _graph_report(keras_ns, f"--checkpoint {keras_ns.user_ns['p3']} --object net_ck")
    rename = [f for f in report.findings if f.rule == "checkpoint_rename"]
    assert rename and "tf.train.Checkpoint(model=net_ck.net)" in rename[0].fix
    # --session also accepts an object when --checkpoint is given
    report = _graph_report(keras_ns, f"--checkpoint {keras_ns.user_ns['p3']} --session other")
    assert report.findings == []


def test_eager_usage_errors(keras_ns):
    from IPython.core.error import UsageError

    with pytest.raises(UsageError, match="not a tf.compat.v1.Session"):
        keras_ns.run_line_magic("tfgraph", "--session model")
    with pytest.raises(UsageError, match="no variable named `ghost`"):
        keras_ns.run_line_magic("tfgraph", "--object ghost")
    with pytest.raises(UsageError, match="expected a Keras model"):
        keras_ns.run_line_magic("tfgraph", "--object os")
    with pytest.raises(UsageError, match="eager mode has no graph variables"):
        keras_ns.run_cell("d4 = tempfile.mkdtemp()\n"
                          "p4 = tf.train.Checkpoint(model=built).write(os.path.join(d4, 'c'))")
        keras_ns.run_line_magic("tfgraph", f"--checkpoint {keras_ns.user_ns['p4']}")
    with pytest.raises(UsageError, match=".weights.h5"):
        keras_ns.run_line_magic("tfgraph", "--checkpoint model.weights.h5 --object built")


def test_help_lists_every_option(shell, capsys):
    shell.run_cell("%tfgraph?")
    shown = capsys.readouterr().out
    for option in ("--all", "--scope", "--session", "--object", "--checkpoint", "-o"):
        assert re.search(re.escape(option) + r"\b", shown), option


# --------------------------------------------------------------------------- one engine
# %tfgraph and %%tfcheck judge live state with the same functions (tfmagic/diagnose/state.py)
# and word it with the same kind-module functions: the sentences below are compared whole.


def _checked(shell, body):
    """Run ``body`` under %%tfcheck; its Report."""
    import tfmagic

    shell.run_cell("%%tfcheck\n" + body, store_history=True)
    return tfmagic.last_report()


def test_pending_restore_reads_the_same_in_tfgraph_and_in_a_tfcheck_warning(shell):
    shell.run_cell("""
import os, tempfile
import tensorflow as tf
import keras
def make():
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(4), keras.layers.Dense(2)])
path = tf.train.Checkpoint(model=make()).write(os.path.join(tempfile.mkdtemp(), "ck"))
""")
    report = _checked(shell, "served = make()\nstatus = tf.train.Checkpoint(net=served)"
                             ".restore(path)\n")
    warned = [f for f in report.findings if f.rule == "pending_restore"]
    assert len(warned) == 1 and warned[0].line == 2
    graph_report = _graph_report(shell, "")
    path = shell.user_ns["path"]
    seen = [f for f in graph_report.findings if f.rule == "pending_restore" and path in f.summary]
    assert len(seen) == 1  # the hook's record of the same restore is not reported twice
    # One sentence; %tfgraph has no current cell, so it names the cell of the line.
    assert seen[0].summary == warned[0].summary.replace(
        "at line 3 ", f"at line 3 of {report.cell_label} ")
    assert "matched nothing" in seen[0].summary and "'model'" in seen[0].summary \
        and "'net'" in seen[0].summary
    assert (seen[0].fix, seen[0].culprits, seen[0].kind) == \
        (warned[0].fix, warned[0].culprits, warned[0].kind)


def test_values_no_object_asked_for_and_expect_partial(shell):
    shell.run_cell("""
import os, tempfile
import tensorflow as tf
import keras
def make():
    return keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
trained, adam = make(), keras.optimizers.Adam()
adam.build(trained.trainable_variables)
path = tf.train.Checkpoint(model=trained, optimizer=adam).write(
    os.path.join(tempfile.mkdtemp(), "ck"))
""")
    # Model only, optimizer values left in the file: pending state, not a loss. %tfgraph says
    # so; the success check of %%tfcheck stays quiet (the model got every value).
    report = _checked(shell, "model_only = tf.train.Checkpoint(model=make()).restore(path)\n")
    assert not [f for f in report.findings if f.kind == "checkpoint_mismatch"]
    unused = [f for f in _graph_report(shell, "").findings if f.culprits[:1] == ["model_only"]]
    assert len(unused) == 1 and "optimizer" in unused[0].culprits
    assert "saved values for objects that do not exist yet (optimizer)" in unused[0].summary
    # expect_partial() declares it intentional: neither reports it.
    shell.run_cell("model_only = tf.train.Checkpoint(model=make()).restore(path)"
                   ".expect_partial()")
    assert not [f for f in _graph_report(shell, "").findings
                if f.culprits[:1] == ["model_only"]]


def test_unbuilt_model_reads_the_same_in_tfgraph_and_in_a_tfcheck_warning(shell):
    shell.run_cell("import keras\nstudent = keras.Sequential([keras.layers.Dense(3), "
                   "keras.layers.Dropout(0.1), keras.layers.Dense(1)])")
    report = _checked(shell, "for v in student.trainable_variables:\n    v.assign(v * 0)\n")
    warned = [f for f in report.findings if f.kind == "unbuilt_layer"]
    assert len(warned) == 1
    seen = [f for f in _graph_report(shell, "").findings if f.culprits[0] == "student"]
    assert len(seen) == 1
    state_sentence = warned[0].summary.split(" when line ")[0]
    assert seen[0].summary.startswith(state_sentence + ", so `student.weights` is empty")
    # the weight-creating layers are named, the weightless Dropout is not
    assert "student.layers[0] ('dense" in state_sentence and "dropout" not in state_sentence
    assert warned[0].culprits == seen[0].culprits


def test_closed_session_reads_the_same_in_tfgraph_and_in_the_tfcheck_error(shell):
    shell.run_cell("""
import tensorflow as tf
g = tf.Graph()
with g.as_default():
    w = tf.compat.v1.Variable(1.0, name="w")
""")
    opened = _checked(shell, "with tf.compat.v1.Session(graph=g) as sess:\n"
                             "    sess.run(w.initializer)\n")
    failed = _checked(shell, "value = sess.run(w)\n")
    error = failed.findings[0]
    assert error.kind == "other" and error.line == 1 and error.cell == opened.cell_label
    clause = (f"was closed at line 2 of {opened.cell_label} when its "
              "`with tf.compat.v1.Session() as ...:` block ended")
    assert error.summary == f"sess {clause}; a closed session cannot run anything."
    warning = _graph_report(shell, "--session sess").findings[0]
    assert warning.rule == "closed_session" and f"`sess` {clause}" in warning.summary


def test_key_comparison_states_a_rename_only_for_the_keys_it_explains():
    """The Saver rule of %%tfcheck and %tfgraph --checkpoint share ``compare_keys``: a leaf
    name shared with an unrelated key of another shape (``bias``) is no rename (the former
    one-key guess of the rule called it one, "every key differs by the prefix")."""
    from tfmagic.diagnose.checkpoint_keys import compare_keys

    graph = {"head/dense/kernel": (4, 2), "head/dense/bias": (2,)}
    assert compare_keys(graph, {"body/dense/kernel": (8, 8), "other/bias": (3,)}).rename is None
    ckpt = {"model/dense/kernel": (4, 2), "model/dense/bias": (2,), "other/bias": (3,)}
    rename = compare_keys(graph, ckpt).rename
    assert (rename.checkpoint_prefix, rename.target_prefix) == ("model/", "head/")
    assert len(rename.pairs) == 2
