"""Everyday TF2/Keras failures, in-process: each cause function points at the line that set up
the mismatch (often an earlier cell), not at the line that raised. Names and numbers here are
deliberately unlike the real-world corpus cases the rules were learned from."""

from __future__ import annotations

import pytest
from shellrun import cell_outcome, first_error_of_checked_cells


@pytest.fixture(autouse=True)
def _fresh_keras_names():
    """Keras numbers auto-named layers process-wide; later in-process tests expect the
    counters untouched (``sequential/dense/kernel``), so each test leaves them reset."""
    yield
    import keras

    keras.backend.clear_session()


_run = first_error_of_checked_cells


def test_float64_array_meets_float32_variable_stays_at_the_op_and_names_the_array(shell):
    # Two floating dtypes: which operand is wrong is a judgment (measured blind, a move to
    # one of them was wrong 5 times of 5), so the cause stays at the op and the summary says
    # where the float64 array was made.
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\ngrid = np.arange(12.0).reshape(3, 4)\n",
        "w = tf.Variable(tf.ones([4, 2]))\nout = tf.matmul(grid, w)\n")
    assert finding["rule"] == "dtype_mismatch" and finding["kind"] == "other"
    assert finding["cell"] is None and finding["line"] == 2
    assert "grid" in finding["culprits"] and "float64" in finding["summary"]
    assert f"made at line 4 of {outcomes[0]['report']['cell']}" in finding["summary"]


def test_integer_tensor_into_a_float_only_op_points_at_its_creation(shell):
    _, finding = _run(shell, "import tensorflow as tf\ncounts = tf.constant([[1, 2], [3, 4]])\n"
                             "total = 1\nroots = tf.math.sqrt(counts)\n")
    assert finding["rule"] == "dtype_mismatch" and finding["line"] == 2
    assert "int32" in finding["summary"] and "counts" in finding["culprits"]


def test_label_above_the_output_units_points_at_the_units_variable(shell):
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\ny = np.array([0, 1, 2, 4, 4], 'int32')\n"
        "k = int(y.max())\n",
        "layer = tf.keras.layers.Dense(k)\n"
        "logits = layer(np.ones((5, 3), 'float32'))\n"
        "tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits)\n")
    assert finding["rule"] == "labels_out_of_range" and finding["kind"] == "shape_mismatch"
    assert finding["cell"] == outcomes[0]["report"]["cell"] and finding["line"] == 4
    assert "k" in finding["culprits"]


def test_concat_of_a_masked_operand_points_at_the_mask(shell):
    _, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\nleft = np.ones((10, 2), 'float32')\n"
        "right = np.arange(30, dtype='float32').reshape(10, 3)\nright = right[right[:, 0] > 5]\n"
        "both = tf.concat([left, right], axis=1)\n")
    assert finding["rule"] == "concat_operands" and finding["line"] == 5
    assert "right" in finding["culprits"]


def test_reshape_with_a_stale_named_size_points_at_that_name(shell):
    _, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\nSTEPS = 7\nFEATS = 3\n"
        "flat = tf.ones([4, 5 * 3])\nseq = tf.reshape(flat, [-1, STEPS, FEATS])\n")
    assert finding["rule"] == "reshape_size" and finding["line"] == 3
    assert "STEPS" in finding["culprits"]


def test_python_if_on_a_tensor_in_tf_function_points_inside_the_function(shell):
    _, finding = _run(
        shell,
        "import tensorflow as tf\n@tf.function(autograph=False)\ndef clip(x):\n"
        "    if tf.reduce_sum(x) > 0:\n        return x\n    return -x\n\nclip(tf.ones([2]))\n")
    assert finding["rule"] == "python_control_flow_on_tensor" and finding["line"] == 4
    assert "clip" in finding["culprits"]


def test_numpy_inside_tf_function_points_at_the_numpy_call(shell):
    _, finding = _run(
        shell,
        "import tensorflow as tf\n@tf.function\ndef step(x):\n    y = x * 2\n"
        "    print(y.numpy())\n    return y\n\nstep(tf.ones([2]))\n")
    assert finding["rule"] == "numpy_in_graph" and finding["line"] == 5
    assert "y" in finding["culprits"] and "step" in finding["culprits"]


def test_keras_tensor_into_a_raw_tf_op(shell):
    outcomes, finding = _run(shell, "import tensorflow as tf\nimport keras\n"
                                    "inp = keras.Input(shape=(6,))\n",
                             "sq = tf.square(inp)\n")
    assert finding["rule"] == "keras_tensor_into_tf_op" and finding["line"] == 1
    assert "inp" in finding["culprits"] and "square" in finding["culprits"]


def test_integer_labels_with_a_categorical_loss_point_at_where_the_loss_was_named(shell):
    """Integer class ids are the data as it is; what asks for one-hot rows is the loss, so the
    cause is the compile call that named it (verified against the model's loss), and the
    summary still says where the labels were made."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport keras\nxs = np.random.rand(20, 4).astype('float32')\n"
        "ys = np.random.randint(0, 3, size=20)\n",
        "m = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3, "
        "activation='softmax')])\nm.compile(loss='categorical_crossentropy')\n"
        "m.fit(xs, ys, epochs=1, verbose=0)\n")
    assert finding["rule"] == "labels_vs_output"
    assert finding["cell"] is None and finding["line"] == 2
    assert "ys" in finding["culprits"] and "made at line 5 of In[" in finding["summary"]  # the editor's line
    assert "The loss was named at line 3." in finding["summary"]  # the editor's line


def test_integer_labels_with_a_loss_compiled_elsewhere_stay_at_the_fit(shell):
    """A compile the cells' code does not show on this model (made in a helper that returned
    it compiled) gives no chain to the loss: the cause stays at the fit."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport keras\nxs = np.random.rand(20, 4).astype('float32')\n"
        "ys = np.random.randint(0, 3, size=20)\n"
        "def build():\n    net = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3, "
        "activation='softmax')])\n    net.compile(loss='categorical_crossentropy')\n"
        "    return net\n",
        "m = build()\nm.fit(xs, ys, epochs=1, verbose=0)\n")
    assert finding["rule"] == "labels_vs_output"
    assert finding["cell"] is None and finding["line"] == 2


def test_optimizer_shared_by_two_models_points_at_the_optimizer(shell):
    _, finding = _run(
        shell,
        "import numpy as np\nimport keras\nopt = keras.optimizers.SGD(0.1)\n"
        "def make(n):\n    m = keras.Sequential([keras.Input(shape=(n,)), keras.layers.Dense(1)])\n"
        "    m.compile(optimizer=opt, loss='mse')\n    return m\n"
        "make(2).fit(np.ones((4, 2)), np.ones((4, 1)), verbose=0)\n"
        "make(3).fit(np.ones((4, 3)), np.ones((4, 1)), verbose=0)\n")
    assert finding["rule"] == "optimizer_reused" and finding["kind"] == "unbuilt_layer"
    assert finding["line"] == 3 and "opt" in finding["culprits"]


def test_images_without_a_channel_axis_called_directly_point_at_the_data(shell):
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport keras\nscans = np.zeros((6, 12, 12), 'float32')\n",
        "net = keras.Sequential([keras.layers.Conv2D(2, 3), keras.layers.Flatten()])\n"
        "out = net(scans)\n")
    assert finding["rule"] == "keras_input_data"
    assert finding["cell"] == outcomes[0]["report"]["cell"] and finding["line"] == 3
    assert "scans" in finding["culprits"]


def _warnings(outcome):
    return [f for f in outcome["report"]["findings"] if f["severity"] == "warning"]


def test_normalization_never_adapted_warns_at_its_creation(shell):
    first = cell_outcome(shell, "%%tfcheck\nimport numpy as np\nimport keras\n"
                                "norm = keras.layers.Normalization()\n")
    assert first["success"] and not _warnings(first)
    second = cell_outcome(shell, "%%tfcheck\n"
                                 "reg = keras.Sequential([keras.Input((2,)), norm, "
                                 "keras.layers.Dense(1)])\n"
                                 "out = reg(np.ones((3, 2), 'float32'))\n")
    assert second["success"]
    found = [f for f in _warnings(second) if f["kind"] == "unbuilt_layer"]
    assert found and found[0]["cell"] == first["report"]["cell"] and found[0]["line"] == 3
    assert "norm" in found[0]["culprits"]


def test_adapted_normalization_does_not_warn(shell):
    outcome = cell_outcome(shell, "%%tfcheck\nimport numpy as np\nimport keras\n"
                                  "data = np.random.rand(20, 2).astype('float32') * 50\n"
                                  "norm = keras.layers.Normalization()\nnorm.adapt(data)\n"
                                  "reg = keras.Sequential([keras.Input((2,)), norm, "
                                  "keras.layers.Dense(1)])\nout = reg(data)\n")
    assert outcome["success"] and not _warnings(outcome)


def test_an_eager_error_inside_a_helper_of_an_earlier_cell_marks_the_helper_line(shell):
    """The traceback ends inside a function an earlier cell defined: that statement is where
    the user's code failed, and the traceback frame is the finding's one link."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nSPANS = [4, 9]\n",
        "def draw(n):\n    return tf.random.uniform((n, 2), minval=0, maxval=SPANS, "
        "dtype=tf.int64)\n",
        "picks = draw(3)\n")
    assert finding["rule"] == "other"
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2
    assert [link["text"] for link in finding["evidence"]] == [
        f"raised inside `draw` (the traceback) (line 3 of {finding['cell']})"]  # editor line


def test_an_op_xla_cannot_compile_marks_where_the_function_made_it(shell):
    """XLA refuses an op of a jit-compiled function and prints where the op was created ("The
    op is created at:"): that statement, in the earlier cell's function, is where it failed."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\n",
        "@tf.function(jit_compile=True)\ndef scaled(x):\n    tf.print('x is', x)\n"
        "    return x * 2.0\n",
        "out = scaled(tf.constant([1.0, 2.0]))\n")
    assert finding["rule"] == "other"
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 3
    assert "`scaled`" in finding["summary"] and "__inference" not in finding["summary"]


def test_a_dataset_map_function_that_fails_while_traced_marks_its_statement(shell):
    """The map function fails while TensorFlow traces it; the message's stack names the
    statement in the earlier cell, which is where the finding goes."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nKINDS = {'cat': 0, 'dog': 1}\n",
        "def encode(name, size):\n    scale = size / 10.0\n    return scale, KINDS[name]\n",
        "pairs = tf.data.Dataset.from_tensor_slices((['cat', 'dog'], [3.0, 4.0])).map(encode)\n")
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 3
    assert "as TensorFlow traced it" in finding["evidence"][0]["text"]


def test_operands_that_disagree_inside_a_helper_stay_at_the_call(shell):
    """Two operands that do not fit each other, combined inside a helper an earlier cell
    defined: that statement is not where either got its dtype, so the finding stays at the
    line that raised."""
    _, finding = _run(
        shell,
        "import tensorflow as tf\n",
        "def blend(a, b):\n    return tf.math.add(a, b)\n",
        "mixed = blend(tf.ones((2, 3)), tf.ones((2, 3), tf.int32))\n")
    assert finding["rule"] == "other" and finding["evidence"] == []
    assert finding["cell"] is None and finding["line"] == 1


def test_a_scope_built_again_from_inside_a_function_marks_the_call_that_entered_it(shell):
    """The earlier cell's builder enters a variable_scope; the failing cell calls it a second
    time from inside its own function: that call (the caller of the frame holding the `with`)
    is the cause, not the cell-level line that started it."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\ntf1 = tf.compat.v1\ngraph = tf.Graph()\n"
        "def tower():\n    with tf1.variable_scope('tower'):\n"
        "        return tf1.get_variable('w', [2])\n",
        "def fit():\n    with graph.as_default():\n        return tower()\n"
        "def serve():\n    with graph.as_default():\n        return tower()\n"
        "trained = fit()\nserved = serve()\n")
    assert finding["kind"] == "variable_already_exists"
    assert finding["cell"] is None and finding["line"] == 6
    assert "'tower/w' already exists" in finding["summary"]


def test_a_bool_taken_inside_a_library_call_stays_at_the_raise_line(shell):
    """The traced function's line has no ``if``/``and``/``not`` of its own: the truth test
    happened inside the library call (a tensor seed set earlier), so the finding does not
    call the line a Python truth test and stays at the line that raised."""
    _, finding = _run(
        shell,
        "import tensorflow as tf\n",
        "@tf.function\ndef shuffled(rows, epoch):\n    tf.random.set_seed(epoch)\n"
        "    return tf.random.shuffle(rows)\n",
        "order = []\norder.append(shuffled(tf.range(6), tf.constant(3)))\n")
    assert finding["rule"] == "python_control_flow_on_tensor"
    assert finding["cell"] is None and finding["line"] == 2
    assert "truth test at" not in finding["summary"]
    assert "`tf.random.shuffle` at line 5 of In[2]" in finding["summary"], finding["summary"]


def test_a_gradient_source_computed_before_the_tape_marks_where_it_was_computed(shell):
    """The source tensor came from a call before the tape opened, and the tape's block never
    reads it: the target cannot depend on it, so the finding marks where it was computed."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nimport keras\n"
        "inp = keras.Input((6,))\nmid = keras.layers.Dense(4, name='mid')(inp)\n"
        "out = keras.layers.Dense(2)(mid)\nprobe = keras.Model(inp, [mid, out])\n",
        "batch = tf.ones((3, 6))\nhidden, _ = probe(batch)\n",
        "with tf.GradientTape() as tape:\n    _, scores = probe(batch)\n"
        "    top = tf.reduce_max(scores)\nsens = tape.gradient(top, hidden)\nsens.numpy()\n")
    assert finding["rule"] == "source_not_watched"
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2
    assert "never reads it" in finding["summary"]


def test_a_tensor_updated_from_its_gradient_marks_where_it_was_made_as_a_tensor(shell):
    """The code trains a plain tensor like a parameter (``b = b - lr * g``): the finding
    marks where it was made as a tensor, not the tape."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nbias = tf.zeros([5])\nxs = tf.ones((4, 5))\n",
        "with tf.GradientTape() as tape:\n    err = tf.reduce_sum((xs + bias) ** 2)\n"
        "g_bias = tape.gradient(err, bias)\nbias = bias - 0.1 * g_bias\n")
    assert finding["rule"] == "source_not_watched"
    assert finding["cell"] == outcomes[0]["report"]["cell"] and finding["line"] == 2
    assert "trained like a parameter" in finding["summary"]


def test_a_layer_constructed_inside_an_earlier_cells_loss_marks_its_construction(shell):
    """The loss (an earlier cell) constructs a layer each time it runs, then sets an
    attribute on it and calls it: the construction is the line to move out, not the call
    that built its variables."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\nimport keras\n",
        "def smooth_l1(y_true, y_pred):\n    probe = keras.layers.Dense(2)\n"
        "    probe.trainable = False\n    return tf.reduce_mean(tf.abs(probe(y_pred) - probe(y_true)))\n",
        "net = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)])\n"
        "net.compile(optimizer='sgd', loss=smooth_l1)\n"
        "net.fit(np.ones((8, 3), 'float32'), np.ones((8, 4), 'float32'), epochs=2, verbose=0)\n")
    assert finding["rule"] == "tf_function_variable_creation", finding
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2


def test_raw_variables_appended_to_a_layer_list_mark_the_append(shell):
    """``build`` appends raw tf.Variables to a list attribute: Keras 3 tracks none of them,
    so the layer has no weights and the update gets nothing to apply."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nimport keras\n"
        "class Stack(keras.layers.Layer):\n    def __init__(self):\n        super().__init__()\n"
        "        self.mats = []\n    def build(self, shape):\n        for _ in range(2):\n"
        "            self.mats.append(tf.Variable(tf.ones((shape[-1], shape[-1]))))\n"
        "    def call(self, x):\n        for m in self.mats:\n            x = x @ m\n"
        "        return x\n",
        "stack = Stack()\nwith tf.GradientTape() as tape:\n"
        "    out = tf.reduce_sum(stack(tf.ones((2, 3))))\n"
        "grads = tape.gradient(out, stack.trainable_variables)\n"
        "keras.optimizers.SGD().apply_gradients(zip(grads, stack.trainable_variables))\n")
    assert finding["rule"] == "untracked_weights", finding
    assert finding["cell"] == outcomes[0]["report"]["cell"] and finding["line"] == 9
    assert "raw tf.Variable" in finding["summary"]


def test_a_variable_reshaped_into_a_tensor_in_build_is_an_untracked_weight(shell):
    """``build`` makes a variable and keeps only a reshaped tensor of it: the layer owns no
    weight, and reading its weights finds none."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\nimport keras\n"
        "class Offset(keras.layers.Layer):\n    def build(self, shape):\n"
        "        self.shift = tf.reshape(tf.Variable(np.zeros(shape[-1], 'float32')), (1, -1))\n"
        "    def call(self, x):\n        return x - self.shift\n",
        "offset = Offset()\n_ = offset(np.ones((2, 4), 'float32'))\nfirst = offset.get_weights()[0]\n")
    assert finding["rule"] == "untracked_weights", finding
    assert finding["cell"] == outcomes[0]["report"]["cell"] and finding["line"] == 6
    assert "get_weights()" in finding["summary"]


def test_an_output_layer_sized_by_a_written_number_marks_its_constructor(shell):
    """One-hot labels of 4 classes against an output layer written as ``Dense(3, ...)``: the
    number in the constructor is where the class count went wrong."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport keras\nkinds = ['a', 'b', 'c', 'd']\n"
        "ys = keras.utils.to_categorical(np.arange(8) % len(kinds), len(kinds))\n",
        "clf = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8),\n"
        "                        keras.layers.Dense(3, activation='softmax')])\n"
        "clf.compile(optimizer='adam', loss='categorical_crossentropy')\n",
        "clf.fit(np.ones((8, 5), 'float32'), ys, verbose=0)\n")
    assert finding["rule"] == "loss_target_mismatch", finding
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2


def test_a_python_list_of_rows_of_different_lengths_marks_where_it_was_built(shell):
    """``from_tensor_slices`` cannot make one dense tensor of rows of different lengths: the
    list comprehension that built the rows is where they got their lengths."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nnotes = ['a b c', 'd', 'e f']\n"
        "codes = {w: i for i, w in enumerate('abcdef')}\n"
        "rows = [[codes[w] for w in n.split()] for n in notes]\n",
        "pairs = tf.data.Dataset.from_tensor_slices((rows, [0, 1, 0]))\n")
    assert finding["rule"] == "ragged_python_list", finding
    assert finding["cell"] == outcomes[0]["report"]["cell"] and finding["line"] == 4
    assert "(3, 1, 2)" in finding["summary"] or "3, 1, 2" in finding["summary"]


def test_data_of_other_sizes_for_a_model_trained_earlier_marks_where_it_was_made(shell):
    """The model was fit in an earlier cell on data of the shape it takes; the data predicted
    on now has the same rank and other sizes: where that data was made is what differs."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport keras\nSIDE = 12\n"
        "inp = keras.Input((SIDE, SIDE, 3))\n"
        "h = keras.layers.Flatten()(keras.layers.Conv2D(2, 3)(inp))\n"
        "net = keras.Model(inp, keras.layers.Dense(2)(h))\nnet.compile('sgd', 'mse')\n"
        "net.fit(np.ones((4, SIDE, SIDE, 3), 'float32'), np.ones((4, 2)), verbose=0)\n",
        "tiles = np.ones((3, 16, 16, 3), 'float32')\nout = net.predict(tiles, verbose=0)\n")
    assert finding["rule"] == "keras_input_data", finding
    assert finding["cell"] is None and finding["line"] == 1
    assert "trained at line 9 of In[1]" in finding["summary"], finding["summary"]


def test_a_loss_finished_in_an_earlier_cell_and_copied_into_the_tape_marks_its_computation(shell):
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nhead = tf.keras.layers.Dense(2)\n"
        "features = tf.random.normal([6, 3])\n",
        "error = tf.reduce_sum(tf.abs(head(features)))\n",
        "sgd = tf.keras.optimizers.SGD(0.05)\nfor step in range(2):\n"
        "    with tf.GradientTape() as tape:\n        objective = error\n"
        "    grads = tape.gradient(objective, head.trainable_variables)\n"
        "    sgd.apply_gradients(zip(grads, head.trainable_variables))\n")
    assert finding["rule"] == "loss_outside_tape" and finding["kind"] == "missing_gradient"
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 1
    assert {"error", "objective"} <= set(finding["culprits"])
    assert "in an earlier cell" in finding["summary"]


def test_a_layer_taken_from_an_unbuilt_models_layers_marks_where_the_model_was_made(shell):
    """``twin.layers[0]`` does not make the layer: its chain goes on to the model it came
    from, made by a builder function (no Input, never called)."""
    outcomes, finding = _run(
        shell,
        "import tensorflow as tf\nimport keras\n"
        "def make():\n    return keras.Sequential([keras.layers.Dense(4), keras.layers.Dense(2)])\n",
        "spare = 3\ntwin = make()\n",
        "part = twin.layers[0]\npart.kernel.assign(tf.zeros([3, 4]))\n")
    assert finding["kind"] == "unbuilt_layer"
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2
    assert "never called since" in finding["summary"]


def test_a_new_object_passed_to_a_tf_function_on_each_pass_marks_its_rebinding(shell):
    """Each pass of the loop binds a fresh optimizer and hands it to the same tf.function: the
    second one retraces it and makes its slots there."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\nimport keras\n"
        "feats = np.ones((8, 3), 'float32')\ntarget = np.zeros((8, 1), 'float32')\n"
        "reg = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])\n",
        "@tf.function\ndef fit_once(solver, a, b):\n    with tf.GradientTape() as g:\n"
        "        err = tf.reduce_mean((reg(a) - b) ** 2)\n"
        "    solver.apply_gradients(zip(g.gradient(err, reg.trainable_variables), "
        "reg.trainable_variables))\n    return err\n",
        "for trial in range(2):\n    solver_now = keras.optimizers.RMSprop(0.01)\n"
        "    fit_once(solver_now, feats, target)\n")
    assert finding["rule"] == "new_object_passed_each_call", finding
    assert finding["cell"] is None and finding["line"] == 2
    assert "solver_now" in finding["culprits"] and "solver" in finding["culprits"]


def test_a_filtered_copy_of_an_unbuilt_models_weights_marks_the_copy(shell):
    """The comprehension ran while the model had no weights: the list is empty for good."""
    outcomes, finding = _run(
        shell,
        "import numpy as np\nimport tensorflow as tf\nimport keras\n"
        "class Twin(keras.Model):\n    def __init__(self):\n        super().__init__()\n"
        "        self.inner = keras.layers.Dense(4)\n    def call(self, x):\n"
        "        return self.inner(x)\n",
        "twin = Twin()\nchosen = [w for w in twin.trainable_weights if 'bias' in w.name]\n",
        "out = twin(np.ones((2, 3), 'float32'))\n"
        "penalty = tf.add_n([tf.reduce_sum(w) for w in chosen])\n")
    assert finding["rule"] == "stale_variable_list", finding
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2
    assert "chosen" in finding["culprits"]


def test_a_feature_map_concatenated_with_vectors_marks_where_the_map_was_made(shell):
    outcomes, finding = _run(
        shell,
        "import keras\nfrom keras import layers\n",
        "pic = keras.Input((12, 12, 3))\nmaps = layers.Conv2D(8, 3)(pic)\n"
        "side = keras.Input((5,))\nvec = layers.Dense(4)(side)\n",
        "joined = layers.Concatenate()([maps, vec])\n")
    assert finding["rule"] == "concatenate_axis" and finding["kind"] == "shape_mismatch"
    assert finding["cell"] == outcomes[1]["report"]["cell"] and finding["line"] == 2
    assert "maps" in finding["culprits"] and "different ranks" in finding["summary"]
