# source: https://github.com/onnx/onnx-tensorflow/issues/344
# family: uninitialized_variable
# raises: NotFoundError
# cause: 2:9, 3:2
# raise: 3:4
# culprit: accuracy/count | acc_update
# expect: tf.compat.v1.metrics.accuracy keeps its running total and count in local variables (accuracy/total, accuracy/count); only global_variables_initializer() was built and run, so the first acc_update touches metric variables that were never initialized in this session. Also run tf.compat.v1.local_variables_initializer() (e.g. group it with the global initializer) before updating the metric.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
# %%
g = tf.Graph()
with g.as_default():
    feats = tf1.placeholder(tf.float32, [None, 6], name="feats")
    truth = tf1.placeholder(tf.int64, [None], name="truth")
    w = tf1.get_variable("clf_w", [6, 3])
    pred_cls = tf.argmax(tf.matmul(feats, w), axis=1)
    acc_value, acc_update = tf1.metrics.accuracy(labels=truth, predictions=pred_cls)
    saver = tf1.train.Saver()
    init_globals = tf1.global_variables_initializer()
# %%
sess = tf1.Session(graph=g)
sess.run(init_globals)
rng = np.random.default_rng(3)
sess.run(acc_update, {feats: rng.random((10, 6)), truth: rng.integers(0, 3, 10)})
print(sess.run(acc_value))
