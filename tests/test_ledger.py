"""The variable ledger: every variable a %%tfcheck cell creates becomes a correct VariableRecord,
and tfmagic leaves nothing behind (no patched TensorFlow, no pinned memory) once a cell is done.

Eager checks share this process (the ``shell`` fixture); graph mode, ``TF_USE_LEGACY_KERAS`` and
logical devices are process-wide, so those run in child processes through ``run_isolated``,
several checks per child because each child pays for importing TensorFlow.
"""

from __future__ import annotations

import gc
import textwrap

import pytest

import tfmagic
from shellrun import run_isolated

tf = pytest.importorskip("tensorflow")


def run(shell, cell: str):
    """Run one cell with history (so In[N] counts up) and return (result, report)."""
    before = tfmagic.last_report()
    result = shell.run_cell(textwrap.dedent(cell), store_history=True)
    report = tfmagic.last_report()
    return result, (report if report is not before else None)


def by_name(report, name):
    found = [v for v in report.variables if v.name == name]
    assert len(found) == 1, f"{name!r} not recorded once in {[v.name for v in report.variables]}"
    return found[0]


def records_of(outcome) -> dict:
    assert outcome["report"] is not None, outcome
    return {v["name"]: v for v in outcome["report"]["variables"]}


def originals():
    """The TensorFlow attributes tfmagic patches while a cell runs."""
    from tensorflow.python.client import session
    from tensorflow.python.ops import variable_scope, variables

    return (variables.VariableMetaclass.__dict__["__call__"],
            session.BaseSession.__dict__["__init__"],
            session.BaseSession.__dict__["run"],
            variable_scope.VariableScope.__dict__["get_variable"])


# A plain cell that fails (so run_isolated reports success False) when any hook is left in place.
NO_TRACE_CHECK = """
import sys
from tensorflow.python.client import session as _s
from tensorflow.python.ops import variable_scope as _vs, variables as _v
from tfmagic._tf import patches
_left = [name for name, fn in [("VariableMetaclass.__call__", _v.VariableMetaclass.__dict__["__call__"]),
                               ("BaseSession.__init__", _s.BaseSession.__dict__["__init__"]),
                               ("BaseSession.run", _s.BaseSession.__dict__["run"]),
                               ("VariableScope.get_variable", _vs.VariableScope.__dict__["get_variable"])]
         if "tfmagic" in fn.__code__.co_filename]
_left += [type(f).__name__ for f in sys.meta_path if type(f).__module__.startswith("tfmagic")]
assert not _left and patches.active_patch_count() == 0, f"left behind: {_left}"
"""


# --------------------------------------------------------------------------- eager


def test_eager_variables_lines_scopes_devices(shell):
    result, report = run(shell, """\
        %%tfcheck
        import tensorflow as tf
        a = tf.Variable(1.0, name="a")
        with tf.name_scope("block"):
            b = tf.Variable(tf.zeros([2, 3]), name="b")
        with tf.device("/GPU:0"):
            g = tf.Variable([1.0, 2.0], name="g")
        a.assign_add(1.0)
        b.assign(tf.ones([2, 3]))
        """)
    assert result.success and report.ok
    assert [v.name for v in report.variables] == ["a:0", "block/b:0", "g:0"]
    a, b, g = report.variables
    assert (a.line, b.line, g.line) == (2, 4, 6)
    assert {a.cell, b.cell, g.cell} == {report.cell_label}
    assert b.name_scope == "block" and b.shape == (2, 3) and b.dtype == "float32"
    assert a.initialized is True and a.trainable is True and not a.in_function
    assert "GPU:0" in g.requested_device and g.device.endswith("CPU:0")
    assert "GPU" not in a.requested_device and a.device.endswith("CPU:0")
    placement = [f for f in report.findings if f.kind == "device_placement"]
    assert placement and placement[0].severity == "warning"
    assert placement[0].line == 6 or placement[0].line == 5


def test_tf_function_other_thread_and_earlier_cell_class(shell):
    run(shell, "import tensorflow as tf, keras, threading")
    result, _ = run(shell, """\
        class Scaled(keras.layers.Layer):
            def build(self, input_shape):
                self.scale = self.add_weight(shape=(input_shape[-1],), name="scale")

            def call(self, x):
                return x * self.scale
        """)
    assert result.success
    layer_cell = f"In[{shell.execution_count - 1}]"
    result, report = run(shell, """\
        %%tfcheck
        holder = []

        @tf.function
        def step(x):
            if not holder:
                holder.append(tf.Variable(2.0, name="lazy"))
            return x * holder[0]

        step(tf.constant(1.0))
        made = []
        worker = threading.Thread(target=lambda: made.append(tf.Variable(5.0, name="threaded")))
        worker.start(); worker.join()
        Scaled()(tf.ones((1, 3)))
        """)
    assert result.success, result.error_in_exec
    lazy = by_name(report, "lazy:0")
    assert lazy.in_function and lazy.line == 6 and lazy.cell == report.cell_label
    threaded = by_name(report, "threaded:0")
    assert threaded.line == 11 and not threaded.in_function
    scale = by_name(report, "scaled/scale")
    # The deepest cell frame is Scaled.build, which lives in the earlier plain cell.
    assert scale.cell == layer_cell and scale.line == 3
    assert scale.owner == "scaled" and scale.tf_name == "scaled/scale:0"


def test_keras_model_and_optimizer_variables(shell):
    # Named explicitly: Keras numbers unnamed layers per process, and other test files build
    # models in this process too.
    result, report = run(shell, """\
        %%tfcheck
        import tensorflow as tf, keras
        model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, name="dense"),
                                  keras.layers.Dense(1, name="dense_1")], name="sequential")
        opt = keras.optimizers.Adam(1e-3, name="adam")
        for _ in range(2):
            with tf.GradientTape() as tape:
                loss = tf.reduce_sum(model(tf.ones((2, 3))))
            grads = tape.gradient(loss, model.trainable_variables)
            opt.apply_gradients(zip(grads, model.trainable_variables))
        """)
    assert result.success and report.ok
    names = [v.name for v in report.variables]
    kernel = by_name(report, "sequential/dense/kernel")
    assert kernel.owner == "sequential/dense" and kernel.tf_name == "sequential/dense/kernel:0"
    assert kernel.line == 2 and kernel.shape == (3, 4) and kernel.initialized is True
    assert by_name(report, "sequential/dense_1/bias").owner == "sequential/dense_1"
    iteration = by_name(report, "adam/iteration")
    assert iteration.owner == "adam" and iteration.line == 4 and iteration.dtype == "int64"
    assert by_name(report, "adam/learning_rate").line == 4
    slots = [v for v in report.variables if v.owner == "adam" and v.line == 9]
    assert len(slots) == 8  # momentum + velocity for 2 kernels and 2 biases, first step only
    # assign/assign_add views made by every optimizer step are not new variables
    assert not any("UnreadVariable" in n for n in names)
    assert len(names) == len(set(names)) == 4 + 2 + 8


def test_summary_table_and_quiet(shell):
    run(shell, "import tensorflow as tf")
    shown = len(shell.display_pub.outputs)
    result, report = run(shell, """\
        %%tfcheck
        w = tf.Variable(tf.zeros([3, 2]), name="weights")
        """)
    outputs = shell.display_pub.outputs[shown:]
    assert result.success and len(outputs) == 1
    html = outputs[0]["data"]["text/html"]
    text = outputs[0]["data"]["text/plain"]
    assert "1 variable created" in text and "CPU:0" in text
    assert "<details>" in html and "weights:0" in html and "(3, 2)" in html
    shown = len(shell.display_pub.outputs)
    result, report = run(shell, """\
        %%tfcheck -q
        w2 = tf.Variable(1.0)
        """)
    assert result.success and len(report.variables) == 1
    assert len(shell.display_pub.outputs) == shown
    # -q still shows a problem
    result, report = run(shell, """\
        %%tfcheck -q
        with tf.device("/GPU:0"):
            w3 = tf.Variable(1.0)
        """)
    assert report.warnings and len(shell.display_pub.outputs) == shown + 1


def test_large_variable_is_freed_after_del(shell):
    run(shell, "import tensorflow as tf")
    result, report = run(shell, """\
        %%tfcheck
        big = tf.Variable(tf.zeros([50_000_000]), name="big")  # 200 MB
        """)
    assert result.success
    record = by_name(report, "big:0")
    assert record.shape == (50_000_000,) and record.alive() is not None
    freed = []
    import weakref

    probe = weakref.ref(record.alive(), lambda _: freed.append(True))
    run(shell, "del big")
    gc.collect()
    assert record.alive() is None and freed == [True]
    # the report still describes it, from plain data
    assert "big:0" in repr(report.variables[0]) and report.to_dict()["variables"][0]["shape"]
    del probe


def test_history_is_bounded_and_configurable(shell):
    run(shell, "import tensorflow as tf")
    shell.run_line_magic("config", "TFMagics.history_size = 3")
    for i in range(5):
        run(shell, f"%%tfcheck -q\nv{i} = tf.Variable({i}.0)")
    assert len(tfmagic._state.reports) == 3
    assert [r.variables[0].line for r in tfmagic._state.reports] == [1, 1, 1]
    assert tfmagic.last_report().cell_label == f"In[{shell.execution_count - 1}]"


@pytest.mark.parametrize("ending, error", [
    ("pass", None),
    ("raise ValueError('boom')", "ValueError"),
    ("raise KeyboardInterrupt", "KeyboardInterrupt"),
])
def test_hooks_only_while_the_cell_runs(shell, ending, error):
    from tfmagic._tf import patches

    run(shell, "import tensorflow as tf")
    before = originals()
    result, _ = run(shell, f"""\
        %%tfcheck -q
        from tensorflow.python.ops import variables as _v
        during = hasattr(_v.VariableMetaclass.__dict__["__call__"], "__tfmagic_original__")
        x = tf.Variable(1.0)
        {ending}
        """)
    assert shell.user_ns["during"] is True
    assert (type(result.error_in_exec).__name__ if result.error_in_exec else None) == error
    assert originals() == before
    assert all(not hasattr(fn, "__tfmagic_original__") for fn in before)
    assert patches.active_patch_count() == 0
    import sys

    assert not [f for f in sys.meta_path if type(f).__module__.startswith("tfmagic")]


def test_hook_unavailable_still_runs_the_cell(shell, monkeypatch):
    from tfmagic._tf import hooks, patches

    run(shell, "import tensorflow as tf")

    def broken(*args, **kwargs):
        raise patches.HookUnavailable("session hook: BaseSession.run not found")

    monkeypatch.setattr(hooks, "install_session_hook", broken)
    result, report = run(shell, "%%tfcheck\nv = tf.Variable(3.0, name='kept')\nanswer = 42")
    assert result.success and shell.user_ns["answer"] == 42
    assert [v.name for v in report.variables] == ["kept:0"]
    assert len(report.unavailable) == 1 and "session" in report.unavailable[0]
    assert "BaseSession.run not found" in report.unavailable[0]

    monkeypatch.setattr(hooks, "install_variable_hook", broken)
    result, report = run(shell, "%%tfcheck\nv = tf.Variable(3.0)\nanswer = 43")
    assert result.success and shell.user_ns["answer"] == 43
    assert report.variables == [] and len(report.unavailable) == 2
    assert any("variable creation" in u for u in report.unavailable)
    assert patches.active_patch_count() == 0


# --------------------------------------------------------------------------- graph mode

GRAPH_CELLS = [
    # 0: counts session.run calls so tfmagic's own runs can be checked
    """\
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
from tensorflow.python.client import session as _session
RUNS = []
_plain_run = _session.BaseSession.run
def _counting_run(self, *args, **kwargs):
    RUNS.append(1)
    return _plain_run(self, *args, **kwargs)
_session.BaseSession.run = _counting_run
""",
    # 1: scopes, reuse, name scopes, a GPU pin, partial initialization
    """\
%%tfcheck
with tf.compat.v1.variable_scope("enc"):
    w = tf.compat.v1.get_variable("w", shape=(2, 3))
    with tf.name_scope("inner"):
        b = tf.compat.v1.Variable(tf.zeros(3), name="b")
with tf.compat.v1.variable_scope("enc", reuse=True):
    w_again = tf.compat.v1.get_variable("w", shape=(2, 3))
with tf.name_scope("outer"):
    with tf.compat.v1.variable_scope("dec"):
        k = tf.compat.v1.get_variable("k", shape=(4,))
with tf.device("/GPU:0"):
    pinned = tf.compat.v1.get_variable("pinned", shape=(2,))
extra = [tf.compat.v1.Variable(float(i), name=f"extra{i}") for i in range(40)]
ref = tf.compat.v1.Variable(1.0, name="ref", use_resource=False)
sess = tf.compat.v1.Session(config=tf.compat.v1.ConfigProto(allow_soft_placement=True))
RUNS.clear()
sess.run(tf.compat.v1.variables_initializer([w, pinned] + extra))
""",
    # 2: the user's one run and none by tfmagic (issue 18: %%tfcheck runs no session of the
    # user's; the initialization state comes from the initializer runs it saw)
    "assert len(RUNS) == 1, RUNS",
    # 3: a graph made inside the cell, with its own session, and a ref variable re-checked
    """\
%%tfcheck
g = tf.Graph()
with g.as_default():
    x = tf.compat.v1.get_variable("x", shape=(4,))
    rv = tf.compat.v1.Variable(1.0, name="rv", use_resource=False)
    s2 = tf.compat.v1.Session(graph=g)
    s2.run(x.initializer)
""",
    # 4: %%tfcheck builds no check op in the user's graphs (issue 18; %tfgraph does, once)
    """\
names = [op.name for op in tf.compat.v1.get_default_graph().get_operations()
         if op.name.startswith("tfmagic_check")]
names_g = [op.name for op in g.get_operations() if op.name.startswith("tfmagic_check")]
assert len(names) == 0 and len(names_g) == 0, (names, names_g)
""",
    # 5: interrupted graph cell
    """\
%%tfcheck
late = tf.compat.v1.Variable(2.0, name="late")
raise KeyboardInterrupt
""",
    NO_TRACE_CHECK,
    # 7: a live session without soft placement cannot place the pinned variable at all
    """\
%%tfcheck
tmp = tf.compat.v1.Variable(0.0, name="tmp")
strict = tf.compat.v1.Session()
try:
    strict.run(w.initializer)
except tf.errors.InvalidArgumentError as exc:
    placement_error = str(exc)
""",
]


@pytest.fixture(scope="module")
def graph_outcomes():
    return run_isolated(GRAPH_CELLS)


def test_graph_mode_scopes_devices_and_initialization(graph_outcomes):
    first, built = graph_outcomes[0], graph_outcomes[1]
    assert first["success"] and built["success"], built
    records = records_of(built)
    w = records["enc/w:0"]
    assert w["variable_scope"] == "enc" and w["name_scope"] == "enc" and w["line"] == 2
    assert w["initialized"] is True and w["in_function"] is False
    b = records["enc/inner/b:0"]
    assert b["name_scope"] == "enc/inner" and b["line"] == 4 and b["initialized"] is False
    # reuse=True returns the existing variable: no second record
    assert list(records).count("enc/w:0") == 1 and len(records) == 4 + 40 + 1
    k = records["dec/k:0"]
    assert k["variable_scope"] == "dec" and k["name_scope"] == "outer/dec"
    pinned = records["pinned:0"]
    assert pinned["requested_device"] == "/device:GPU:0"
    assert pinned["device"].endswith("CPU:0") and pinned["initialized"] is True
    assert records["extra39:0"]["initialized"] is True
    assert records["ref:0"]["initialized"] is False and records["ref:0"]["dtype"] == "float32"
    assert all(r["device"].endswith("CPU:0") for r in records.values())


def test_graph_mode_counts_runs_and_check_ops(graph_outcomes):
    assert graph_outcomes[2]["success"], graph_outcomes[2]["error_message"]
    assert graph_outcomes[4]["success"], graph_outcomes[4]["error_message"]


def test_graph_created_inside_the_cell(graph_outcomes):
    outcome = graph_outcomes[3]
    assert outcome["success"]
    records = records_of(outcome)
    assert records["x:0"]["initialized"] is True and records["x:0"]["line"] == 3
    assert records["rv:0"]["initialized"] is False


def test_graph_mode_interrupt_leaves_no_trace(graph_outcomes):
    assert graph_outcomes[5]["error_type"] == "KeyboardInterrupt"
    assert graph_outcomes[6]["success"], graph_outcomes[6]["error_message"]


def test_graph_session_that_cannot_place_the_graph(graph_outcomes):
    outcome = graph_outcomes[7]
    assert outcome["success"]
    # the strict session fails every run; the end-of-cell check neither raises nor gives up:
    # the soft-placement session still answers for the new variable
    assert outcome["report"]["unavailable"] == []
    tmp = records_of(outcome)["tmp:0"]
    assert tmp["initialized"] is False and tmp["device"].endswith("CPU:0")


# --------------------------------------------------------------------------- legacy tf_keras


def test_legacy_keras_gru_and_dense():
    outcomes = run_isolated([
        """\
%%tfcheck
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, (None, 5, 3))
cell = tf.compat.v1.nn.rnn_cell.GRUCell(4)
outputs, state = tf.compat.v1.nn.dynamic_rnn(cell, x, dtype=tf.float32)
logits = tf.compat.v1.layers.dense(outputs, 2, name="head")
sess = tf.compat.v1.Session()
""",
        """\
%%tfcheck
with tf.compat.v1.variable_scope("second"):
    more = tf.compat.v1.layers.dense(x, 3)
sess.run(tf.compat.v1.global_variables_initializer())
""",
        NO_TRACE_CHECK,
    ], env={"TF_USE_LEGACY_KERAS": "1"})
    assert all(o["success"] for o in outcomes), [o["error_message"] for o in outcomes]
    records = records_of(outcomes[0])
    assert set(records) == {"rnn/gru_cell/gates/kernel:0", "rnn/gru_cell/gates/bias:0",
                            "rnn/gru_cell/candidate/kernel:0", "rnn/gru_cell/candidate/bias:0",
                            "head/kernel:0", "head/bias:0"}
    gates = records["rnn/gru_cell/gates/kernel:0"]
    assert gates["line"] == 5 and gates["variable_scope"] == "rnn/gru_cell"
    assert gates["owner"] and gates["in_function"] is False
    # no session initialized them before the cell ended
    assert all(r["initialized"] is False for r in records.values())
    head = records["head/kernel:0"]
    assert head["owner"] == "head" and head["line"] == 6 and head["variable_scope"] == "head"
    second = records_of(outcomes[1])
    assert set(second) == {"second/dense/kernel:0", "second/dense/bias:0"}
    assert all(r["initialized"] is True and r["line"] == 2 for r in second.values())


# --------------------------------------------------------------------------- MirroredStrategy


def test_mirrored_strategy_replica_devices_and_runtime_untouched():
    outcomes = run_isolated([
        # tfmagic must not have initialized the runtime: this has to run before any op
        """\
%%tfcheck
import tensorflow as tf
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 3)
""",
        """\
%%tfcheck
import keras
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1", "/cpu:2"])
with strategy.scope():
    mirrored = tf.Variable(1.0, name="mirrored")
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
""",
        NO_TRACE_CHECK,
    ])
    assert all(o["success"] for o in outcomes), [o["error_message"] for o in outcomes]
    assert outcomes[0]["report"]["variables"] == []
    records = records_of(outcomes[1])
    # strategy-internal bookkeeping variables are not the user's
    assert set(records) == {"mirrored:0", "sequential/dense/kernel", "sequential/dense/bias"}
    for record in records.values():
        assert [d.rsplit("/", 1)[-1] for d in record["replica_devices"]] == \
            ["device:CPU:0", "device:CPU:1", "device:CPU:2"]
    assert records["mirrored:0"]["line"] == 4
    assert records["sequential/dense/kernel"]["owner"] == "sequential/dense"


def test_initializer_lookup_is_cached_per_fetch_and_keeps_no_graph_alive(monkeypatch):
    """``InitializerOps.initializers_in`` runs after every ``session.run``: each fetched op or
    tensor is judged once, an object of another type is neither judged nor kept, and the cache
    lets the graph (and its ops) go as soon as the user drops it."""
    import weakref
    from unittest import mock

    from tfmagic._tf import probe
    from tfmagic.ledger import InitializerOps

    history = InitializerOps()
    graph = tf.Graph()
    with graph.as_default():
        v = tf.compat.v1.Variable(1.0, name="v")
        init = tf.compat.v1.global_variables_initializer()
        step = tf.no_op(name="step")
        read = v.read_value()
    stranger = mock.MagicMock()
    assert history.initializers_in(init) == [(init, frozenset({"v"}))]
    assert history.initializers_in([step, read, stranger, "init"]) == []
    assert history.initializers_in({"a": init, "b": read}) == [(init, frozenset({"v"}))]
    assert stranger.mock_calls == []
    assert len(history._initializer_cache) == 3
    monkeypatch.setattr(probe, "initializer_targets", lambda op: pytest.fail("judged twice"))
    assert history.initializers_in((read, init, step)) == [(init, frozenset({"v"}))]
    graph_alive = weakref.ref(graph)
    del graph, init, step, read, v
    gc.collect()
    assert graph_alive() is None
    assert history._initializer_cache == {}


def test_reference_variable_checks_are_built_once_and_keep_no_graph_alive():
    """A reference variable's ``IsVariableInitialized`` op is built on the first probe only and
    found again without a name lookup; the cache lets the graph go with the user's last
    reference to it."""
    import weakref

    from tfmagic._tf import probe

    graphs_cached_before = len(probe._REF_CHECKS)
    graph = tf.Graph()
    with graph.as_default():
        variables = [tf.compat.v1.Variable(float(i), name=f"r{i}", use_resource=False)
                     for i in range(3)]
        session = tf.compat.v1.Session(graph=graph)
        session.run(variables[0].initializer)
    first = probe.variable_states(session, variables)
    ops_after_first = len(graph.get_operations())
    again = probe.variable_states(session, variables)
    assert first == again == {"r0": (True, ""), "r1": (False, ""), "r2": (False, "")}
    assert len(graph.get_operations()) == ops_after_first
    graph_alive = weakref.ref(graph)
    session.close()
    del graph, variables, session
    gc.collect()
    assert graph_alive() is None
    assert len(probe._REF_CHECKS) == graphs_cached_before
