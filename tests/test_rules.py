"""Rules tested in-process from evidence fixtures: cells' code, a timeline and frame values
built by hand, no TensorFlow import and no child process (the whole module runs in well under
a second). Each test is one *cause* and asserts the line, the kind and the words that carry
the evidence; the end-to-end runs live in test_scenarios.py.
"""

from __future__ import annotations

import linecache
from types import SimpleNamespace

import pytest

from tfmagic import timeline as tl
from tfmagic.cells import CellRegistry
from tfmagic.diagnose import diagnose, registry
from tfmagic.diagnose.evidence import Evidence, _parse
from tfmagic.diagnose.rules import feed_mismatch, uninitialized_variable
from tfmagic.report import VariableRecord

pytestmark = pytest.mark.fast  # needs no TensorFlow (make test-pyversions)


class FakeSession:
    """Stands for a tf.compat.v1.Session in frame locals (no TensorFlow here)."""

    graph = None


def make_evidence(cells: list[str], error_type: str, message: str, *, timeline=None,
                  frame_locals: dict | None = None, user_ns: dict | None = None,
                  raise_line: int | None = None) -> Evidence:
    """Evidence for a failure in the last of ``cells`` (cell k is In[k])."""
    cell_registry = CellRegistry(shell=None)
    filenames = []
    for number, body in enumerate(cells, 1):
        filename = f"<fixture-{id(cells)}-{number}>"
        lines = body.splitlines(keepends=True)
        linecache.cache[filename] = (len(body), None, lines, filename)
        cell_registry.register(filename, number, 0)
        filenames.append(filename)
    exc = type(error_type, (Exception,), {})(message)
    frames = []
    if frame_locals is not None:
        frames.append(SimpleNamespace(f_locals=frame_locals, f_globals={},
                                      f_code=SimpleNamespace(co_name="run",
                                                             co_filename="session.py")))
    evidence = Evidence(exc=exc, message=message, cell_label=f"In[{len(cells)}]",
                        filename=filenames[-1], offset=0, body=cells[-1],
                        registry=cell_registry, records=[], earlier=[],
                        user_ns=user_ns or {},
                        raise_line=raise_line, tb_frames=frames, timeline=timeline)
    evidence.tree = _parse(filenames[-1])
    return evidence


@pytest.fixture(autouse=True)
def fake_sessions_are_readable(monkeypatch):
    """The rules read only objects of TensorFlow types (tfmagic/_tf/safe.py): here the fake
    session stands for one."""
    from tfmagic._tf import safe

    real = safe.is_tf_class
    monkeypatch.setattr(safe, "is_tf_class", lambda cls: cls is FakeSession or real(cls))


@pytest.fixture
def sessions_are_fakes(monkeypatch):
    monkeypatch.setattr(uninitialized_variable.hooks, "is_session",
                        lambda obj: isinstance(obj, FakeSession))
    monkeypatch.setattr(feed_mismatch.hooks, "is_session",
                        lambda obj: isinstance(obj, FakeSession))


def error_of(evidence):
    findings = diagnose(evidence)
    return findings[0]


def test_reuse_turned_on_by_reuse_variables_is_the_cause():
    timeline = tl.Timeline()
    timeline.add(tl.SCOPE_ENTERED, "In[1]", 5, names=("",))
    timeline.add(tl.REUSE_VARIABLES, "In[1]", 17, names=("",))
    # Scopes entered later inherit reuse without asking for it: not a cause.
    timeline.add(tl.SCOPE_ENTERED, "In[1]", 14, names=("slope/Adam_2",))
    evidence = make_evidence(
        ["first = Model()\ntf.get_variable_scope().reuse_variables()\nsecond = Model()\n"],
        "ValueError", "Variable slope/Adam_2/ does not exist, or was not created with "
        "tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?",
        timeline=timeline, raise_line=3)
    finding = error_of(evidence)
    assert finding.kind == "variable_not_found" and finding.line == 17
    assert "reuse_variables()" in finding.summary and "slope/Adam_2" in finding.summary


def test_partial_restore_blames_the_restore_not_the_variable(sessions_are_fakes):
    session = FakeSession()
    timeline = tl.Timeline()
    timeline.add(tl.SESSION_CREATED, "In[2]", 12, session=session)
    timeline.add(tl.RESTORE, "In[2]", 13, names=("backbone/kernel",), session=session)
    evidence = make_evidence(
        ["x = 1\n", "\n" * 13 + "sess.run(scores)\n"], "FailedPreconditionError",
        "Error while reading resource variable new_head/kernel from Container: localhost. "
        "This could mean that the variable was uninitialized.",
        timeline=timeline, frame_locals={"self": session}, raise_line=14)
    finding = error_of(evidence)
    assert finding.kind == "uninitialized_variable" and finding.line == 13
    assert "'backbone/kernel'" in finding.summary and "new_head/kernel" in finding.summary
    assert "was seen running" in finding.summary  # what is known, not "no initializer ran"


def _own_saver_timeline(head_created_after_save: bool):
    """A Saver given a var_list (subject 7) saves a file, then restores it into a new session;
    'bn/moving_mean' is in the graph but not in the var_list."""
    session, trainer = FakeSession(), FakeSession()
    timeline = tl.Timeline()
    if not head_created_after_save:
        timeline.add(tl.VARIABLE_CREATED, "In[1]", 3, names=("bn/moving_mean",))
    timeline.add(tl.SAVER_CREATED, "In[2]", 1, names=("conv/kernel",), subject=7)
    timeline.add(tl.SAVE, "In[2]", 5, names=("conv/kernel",), session=trainer,
                 path="/tmp/m.ckpt-3", subject=7)
    if head_created_after_save:
        timeline.add(tl.VARIABLE_CREATED, "In[2]", 6, names=("bn/moving_mean",))
    timeline.add(tl.SESSION_CREATED, "In[3]", 1, session=session)
    timeline.add(tl.RESTORE, "In[3]", 2, names=("conv/kernel",), session=session,
                 path="/tmp/m.ckpt-3", subject=7)
    return make_evidence(
        ["x = 1\n" * 3, "s = 1\n" * 6, "sess = Session()\nsaver.restore(sess, p)\n"
         "sess.run(pred)\n"], "FailedPreconditionError",
        "Error while reading resource variable bn/moving_mean from Container: localhost. "
        "This could mean that the variable was uninitialized.",
        timeline=timeline, frame_locals={"self": session}, raise_line=3)


def test_partial_restore_by_the_saver_that_wrote_the_file_blames_its_var_list(
        sessions_are_fakes):
    finding = error_of(_own_saver_timeline(head_created_after_save=False))
    assert finding.kind == "uninitialized_variable"
    assert (finding.cell, finding.line) == ("In[2]", 1)
    assert "var_list of 1 variable without 'bn/moving_mean'" in finding.summary
    assert "wrote the checkpoint at line 5 of In[2]" in finding.summary
    assert [link["line"] for link in finding.evidence] == [1, 5, 2]


def test_partial_restore_of_variables_newer_than_the_save_blames_the_restore(
        sessions_are_fakes):
    # Created after the save: new variables (a new head), which want an initializer.
    finding = error_of(_own_saver_timeline(head_created_after_save=True))
    assert finding.kind == "uninitialized_variable"
    assert (finding.cell, finding.line) == (None, 2)
    assert "was seen running" in finding.summary


def _other_saver_timeline(file_holds_it: bool):
    """A full Saver (subject 3) writes the file; a second one, given a var_list without
    'bn/moving_mean' (subject 7), made after that variable existed, restores it."""
    session, trainer = FakeSession(), FakeSession()
    timeline = tl.Timeline()
    timeline.add(tl.SAVER_CREATED, "In[1]", 1, subject=3)
    timeline.add(tl.SAVE, "In[1]", 2, session=trainer, path="/tmp/m.ckpt-3", subject=3,
                 names=("conv/kernel",) + (("bn/moving_mean",) if file_holds_it else ()))
    timeline.add(tl.VARIABLE_CREATED, "In[2]", 1, names=("bn/moving_mean",))
    timeline.add(tl.SAVER_CREATED, "In[2]", 2, names=("conv/kernel",), subject=7)
    timeline.add(tl.SESSION_CREATED, "In[3]", 1, session=session)
    timeline.add(tl.RESTORE, "In[3]", 2, names=("conv/kernel",), session=session,
                 path="/tmp/m.ckpt-3", subject=7)
    return make_evidence(
        ["s = 1\n" * 2, "x = 1\n" * 2, "sess = Session()\nrestorer.restore(sess, p)\n"
         "sess.run(pred)\n"], "FailedPreconditionError",
        "Error while reading resource variable bn/moving_mean from Container: localhost. "
        "This could mean that the variable was uninitialized.",
        timeline=timeline, frame_locals={"self": session}, raise_line=3)


def test_partial_restore_by_a_narrower_saver_of_a_file_that_holds_the_variable_blames_its_var_list(
        sessions_are_fakes):
    finding = error_of(_other_saver_timeline(file_holds_it=True))
    assert finding.kind == "uninitialized_variable" and finding.rule == "partial_restore"
    assert (finding.cell, finding.line) == ("In[2]", 2)
    assert "the checkpoint written at line 2 of In[1] holds it" in finding.summary
    assert [link["line"] for link in finding.evidence] == [2, 2, 2]


def test_partial_restore_of_a_file_without_the_variable_blames_the_restore(sessions_are_fakes):
    # The file never held it: the variable wants an initializer, the var_list is not the cause.
    finding = error_of(_other_saver_timeline(file_holds_it=False))
    assert (finding.cell, finding.line) == (None, 2)
    assert "was seen running" in finding.summary


def test_initializer_run_in_another_session(sessions_are_fakes):
    trained, exporting = FakeSession(), FakeSession()
    timeline = tl.Timeline()
    timeline.add(tl.SESSION_CREATED, "In[2]", 1, session=trained)
    timeline.add(tl.INITIALIZER_RUN, "In[2]", 2, names=("encoder_w", "encoder_b"),
                 session=trained)
    timeline.add(tl.SESSION_CREATED, "In[3]", 1, session=exporting)
    evidence = make_evidence(
        ["w = 1\n", "a = 1\nb = 2\n", "export_sess = Session()\nprint()\nsaver.save(export_sess)\n"],
        "FailedPreconditionError", "Attempting to use uninitialized value encoder_w",
        timeline=timeline, frame_locals={"self": exporting}, raise_line=3)
    finding = error_of(evidence)
    assert finding.kind == "uninitialized_variable" and finding.line == 3
    assert "another session" in finding.summary and "line 2 of In[2]" in finding.summary


def test_initializer_run_in_another_session_read_from_the_cells_code(sessions_are_fakes):
    # The earlier cells ran plainly: no timeline events, only their code and live sessions.
    graph = object()
    trained, exporting = FakeSession(), FakeSession()
    trained.graph = exporting.graph = graph
    timeline = tl.Timeline()
    timeline.add(tl.SESSION_CREATED, "In[3]", 1, session=exporting)
    evidence = make_evidence(
        ["w = 1\n", "train_sess = Session()\ntrain_sess.run(global_variables_initializer())\n",
         "export_sess = Session()\nprint()\nsaver.save(export_sess)\n"],
        "FailedPreconditionError", "Attempting to use uninitialized value encoder_w",
        timeline=timeline, frame_locals={"self": exporting}, raise_line=3,
        user_ns={"train_sess": trained, "export_sess": exporting})
    finding = error_of(evidence)
    assert finding.kind == "uninitialized_variable" and finding.line == 3
    assert "train_sess, another session" in finding.summary
    assert "line 2 of In[2]" in finding.summary and "not recorded" in finding.summary


def test_initializer_run_in_a_session_of_another_graph_is_no_evidence(sessions_are_fakes):
    trained, exporting = FakeSession(), FakeSession()
    trained.graph, exporting.graph = object(), object()
    evidence = make_evidence(
        ["train_sess = Session()\ntrain_sess.run(global_variables_initializer())\n",
         "export_sess = Session()\nsaver.save(export_sess)\n"],
        "FailedPreconditionError", "Attempting to use uninitialized value encoder_w",
        timeline=tl.Timeline(), frame_locals={"self": exporting}, raise_line=2,
        user_ns={"train_sess": trained, "export_sess": exporting})
    finding = error_of(evidence)
    assert finding.kind == "uninitialized_variable" and "another session" not in finding.summary


def test_without_a_timeline_no_sentence_claims_that_nothing_ran(sessions_are_fakes):
    evidence = make_evidence(["sess = Session()\nsess.run(y)\n"], "FailedPreconditionError",
                             "Attempting to use uninitialized value w",
                             frame_locals={"self": FakeSession()}, raise_line=2)
    finding = error_of(evidence)
    assert finding.kind == "uninitialized_variable"
    assert "ever ran" not in finding.summary and "was seen running" in finding.summary


def test_uninitialized_variables_are_quoted_in_creation_order(sessions_are_fakes):
    # TensorFlow names whichever uninitialized variable its scheduler read first; the report
    # must be the same whichever it named.
    graph = object()
    findings = []
    for named in ("dense/bias", "dense/kernel", "step"):
        records = [VariableRecord(name=f"{name}:0", line=line, cell="In[1]",
                                  graph_ref=lambda: graph)
                   for name, line in (("dense/kernel", 2), ("dense/bias", 3), ("step", 4))]
        evidence = make_evidence(
            ["import tensorflow as tf\nw = 1\nb = 2\ns = 3\n", "sess = Session()\nsess.run(y)\n"],
            "FailedPreconditionError", f"Attempting to use uninitialized value {named}",
            frame_locals={"self": FakeSession()}, raise_line=2)
        evidence.earlier = records
        findings.append(error_of(evidence))
    assert len({(f.summary, tuple(f.culprits), f.line, f.cell) for f in findings}) == 1
    finding = findings[0]
    assert finding.culprits == ["dense/kernel", "dense/bias", "step"]
    assert finding.summary.startswith("'dense/kernel' (and 2 more) was created at line 2 of In[1]")
    # No timeline saw the session: that no initializer ran is not recorded, so the cause
    # stays at the raise line (the creation is stated, not marked).
    assert (finding.line, finding.cell, finding.evidence) == (2, None, [])


def test_argmax_in_a_compiled_loss_breaks_the_gradient():
    cells = ["def hits(y_true, y_pred):\n"
             "    picked = tf.cast(tf.argmax(y_pred, axis=-1), tf.float32)\n"
             "    return tf.reduce_mean(picked - y_true)\n",
             "model.compile(optimizer='adam', loss=hits)\nmodel.fit(x, y)\n"]
    finding = error_of(make_evidence(cells, "ValueError",
                                     "No gradients provided for any variable.", raise_line=2))
    assert finding.kind == "missing_gradient"
    assert (finding.cell, finding.line) == ("In[1]", 2)
    assert "tf.argmax" in finding.summary


def test_rounding_inside_the_tape_breaks_the_gradient():
    body = ("with tf.GradientTape() as tape:\n"
            "    mask = tf.round(net(x))\n"
            "    loss = tf.reduce_sum(mask)\n"
            "grads = tape.gradient(loss, net.trainable_variables)\n"
            "opt.apply_gradients(zip(grads, net.trainable_variables))\n")
    finding = error_of(make_evidence([body], "ValueError",
                                     "No gradients provided for any variable.", raise_line=5))
    assert finding.kind == "missing_gradient" and finding.line == 2
    assert "tf.round" in finding.summary


def test_float_cast_does_not_break_the_gradient():
    body = ("with tf.GradientTape() as tape:\n"
            "    loss = tf.cast(net(x), tf.float32)\n"
            "grads = tape.gradient(loss, net.trainable_variables)\n")
    finding = error_of(make_evidence([body], "ValueError",
                                     "No gradients provided for any variable.", raise_line=3))
    assert finding.kind == "missing_gradient" and "tf.cast" not in finding.summary


def test_closed_session_points_at_where_it_was_closed():
    session = FakeSession()
    timeline = tl.Timeline()
    timeline.add(tl.SESSION_CREATED, "In[1]", 1, session=session)
    timeline.add(tl.SESSION_CLOSED, "In[1]", 1, session=session)
    session.run = session.close = lambda *a: None
    evidence = make_evidence(["with Session() as sess:\n    pass\n", "sess.run(y)\n"],
                             "RuntimeError", "Attempted to use a closed Session.",
                             timeline=timeline, frame_locals={"self": session},
                             user_ns={"sess": session}, raise_line=1)
    finding = error_of(evidence)
    assert finding.kind == "other" and (finding.cell, finding.line) == ("In[1]", 1)
    assert "sess was closed" in finding.summary and "with" in finding.summary


def closed_session_error(cells: list[str], timeline=None):
    """The error finding for ``sess.run`` on a closed session on the last line of cells."""
    session = FakeSession()
    session.run = session.close = lambda *a: None
    return error_of(make_evidence(cells, "RuntimeError", "Attempted to use a closed Session.",
                                  timeline=timeline, frame_locals={"self": session},
                                  user_ns={"sess": session},
                                  raise_line=cells[-1].count("\n")))


def test_closed_session_without_a_recorded_close_reads_the_with_block():
    # The cell with the `with` block ran plainly: the timeline holds no close.
    finding = closed_session_error(["x = 1\n", "with Session() as sess:\n    pass\n",
                                    "data = 1\nsess.run(y)\n"], timeline=tl.Timeline())
    assert finding.kind == "other" and (finding.cell, finding.line) == ("In[2]", 1)
    assert "`with ... as sess:` block" in finding.summary and "not recorded" in finding.summary


def test_closed_session_without_a_recorded_close_reads_the_close_call():
    finding = closed_session_error(["sess = Session()\nsess.run(init)\nsess.close()\n",
                                    "sess.run(y)\n"])
    assert (finding.cell, finding.line) == ("In[1]", 3) and "sess.close()" in finding.summary


TRACED_STEP = ("def train_step(x):\n"
               "    with tape:\n"
               "        loss = policy(x)\n"
               "    return loss\n")


def test_tf_function_traced_before_its_global_model_was_rebuilt():
    message = ("tf.function only supports singleton tf.Variables created on the first call. "
               "Make sure the tf.Variable is only created once or created outside tf.function.")
    policy = SimpleNamespace(trainable_variables=[], variables=[])
    cells = ["policy = build()\n", TRACED_STEP + "train_step(a)\n",
             "policy = build()\ntrain_step(b)\n"]
    evidence = make_evidence(cells, "ValueError", message, raise_line=2,
                             user_ns={"policy": policy})
    evidence.raise_frames = [SimpleNamespace(label="In[2]", line=3, function="train_step",
                                             filename="x", lineno=3)]
    finding = error_of(evidence)
    assert finding.kind == "tf_function_variable_creation" and finding.rule == \
        "traced_for_rebound_global"
    assert (finding.cell, finding.line) == (None, 1)
    assert "reads the global policy" in finding.summary


def test_tf_function_whose_globals_were_not_rebound_is_the_creation_line():
    message = ("tf.function only supports singleton tf.Variables created on the first call. "
               "Make sure the tf.Variable is only created once or created outside tf.function.")
    cells = ["policy = build()\n", TRACED_STEP + "train_step(a)\n", "train_step(b)\n"]
    evidence = make_evidence(cells, "ValueError", message, raise_line=1)
    evidence.raise_frames = [SimpleNamespace(label="In[2]", line=3, function="train_step",
                                             filename="x", lineno=3)]
    finding = error_of(evidence)
    assert finding.rule == "tf_function_variable_creation" and \
        (finding.cell, finding.line) == ("In[2]", 3)


def test_a_generic_error_without_evidence_gets_only_the_raise_line():
    finding = error_of(make_evidence(["x = None\ny = x[0]\n"], "TypeError",
                                     "'NoneType' object is not subscriptable", raise_line=2))
    assert finding.kind == "other" and finding.line == 2


def test_the_precedence_table_is_the_only_place_that_orders_rules():
    kinds = [rule.kind for rule in registry.MESSAGE_RULES]
    assert kinds.index("checkpoint_mismatch") < kinds.index("uninitialized_variable")
    assert all(rule.gate is not None for rule in registry.EVIDENCE_RULES)


def test_variable_in_a_layer_call_names_the_keras_trace_that_failed_and_the_one_that_created():
    cells = ["import tensorflow as tf\n"
             "class Stamp(keras.layers.Layer):\n"
             "    def call(self, x):\n"
             "        board = tf.Variable(tf.ones([2]))\n"
             "        return x * board\n"
             "net.fit(xs, ys)\n"]
    message = ("in user code:\n\n"
               f'    File "<fixture-{id(cells)}-1>", line 4, in call\n'
               "        board = tf.Variable(tf.ones([2]))\n\n"
               "    ValueError: tf.function only supports singleton tf.Variables created on "
               "the first call. Make sure the tf.Variable is only created once or created "
               "outside tf.function.")
    timeline = tl.Timeline()
    outer = timeline.add(tl.FUNCTION_TRACED, "In[1]", 6, names=("multi_step",), subject=1,
                         detail=tl.TRACE_VARIABLES_ALLOWED)
    first = timeline.add(tl.FUNCTION_TRACED, "In[1]", 6, names=("one_step",), subject=2,
                         detail=tl.TRACE_VARIABLES_ALLOWED)
    timeline.add(tl.VARIABLE_CREATED, "In[1]", 4, names=("stamp/Variable:0",))
    timeline.add(tl.VARIABLE_CREATED, "In[1]", 6, names=("dense/kernel:0",))
    first.until = timeline.last_seq
    again = timeline.add(tl.FUNCTION_TRACED, "In[1]", 6, names=("one_step",), subject=2,
                         detail=tl.TRACE_VARIABLES_FORBIDDEN)
    again.until, again.failed = timeline.last_seq, True
    outer.until, outer.failed = timeline.last_seq, True
    finding = error_of(make_evidence(cells, "ValueError", message, timeline=timeline,
                                     raise_line=6))
    assert finding.kind == "tf_function_variable_creation" and finding.line == 4
    assert ("The trace of 'one_step' that failed was started by the call at line 6, a trace "
            "in which tf.function forbids new variables because an earlier trace of it "
            "created some. A call at that same line had traced it before, and that trace created "
            "2 variables, the first at line 4.") in finding.summary


def test_without_a_recorded_trace_the_sentence_claims_no_trace():
    cells = ["import tensorflow as tf\n"
             "@tf.function\n"
             "def lift(x):\n"
             "    lift_by = tf.Variable(1.0)\n"
             "    return x + lift_by\n"
             "lift(tf.ones([1]))\n"]
    message = ("in user code:\n\n"
               f'    File "<fixture-{id(cells)}-1>", line 4, in lift\n'
               "    ValueError: tf.function only supports singleton tf.Variables created on "
               "the first call.")
    finding = error_of(make_evidence(cells, "ValueError", message, timeline=tl.Timeline(),
                                     raise_line=6))
    assert finding.line == 4 and "trace of 'lift'" not in finding.summary


# ---------------------------------------------------------------- never confidently wrong
def _moved(evidence_links):
    from tfmagic.report import Finding

    return Finding(kind="other", severity="error", summary="s", line=1, cell="In[1]",
                   other_cell_lines=[("In[1]", 1, "x = 1")], evidence=evidence_links)


def test_a_cause_away_from_the_raise_line_needs_its_chain():
    evidence = make_evidence(["x = 1\n", "y = 2\nz = x + y\n"], "ValueError", "bad",
                             raise_line=2)
    demoted = registry.held_to_evidence(_moved([]), evidence)
    assert (demoted.line, demoted.cell, demoted.other_cell_lines) == (2, None, [])
    link = {"cell": "In[1]", "line": 1, "text": "x made (line 1 of In[1])"}
    kept = registry.held_to_evidence(_moved([link]), evidence)
    assert (kept.line, kept.cell, kept.evidence) == (1, "In[1]", [link])


def test_at_the_raise_line_a_link_to_the_raise_line_is_dropped():
    from tfmagic.report import Finding

    evidence = make_evidence(["y = 2\nz = y + 1\n"], "ValueError", "bad", raise_line=2)
    here = {"cell": None, "line": 2, "text": "raised (line 2)"}
    earlier = {"cell": None, "line": 1, "text": "y made (line 1)"}
    finding = Finding(kind="other", severity="error", summary="s", line=2,
                      evidence=[here, earlier])
    assert registry.held_to_evidence(finding, evidence).evidence == [earlier]
