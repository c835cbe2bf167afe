# source: https://github.com/tensorflow/tensorflow/issues/22999
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: wet_pred | graph
# expect: The model was built inside `with audio_graph.as_default()`, but the session is created without graph=audio_graph, so it runs the (empty) default graph and wet_pred "is not an element of this graph". Create the session with tf.compat.v1.Session(graph=audio_graph).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(9)
dry = rng.normal(size=(512, 64)).astype(np.float32)
drive = tf.constant(1.5, name="drive")
wet = np.tanh(dry * 1.5)
# %%
audio_graph = tf.Graph()
with audio_graph.as_default():
    dry_in = tf.compat.v1.placeholder(tf.float32, [None, 64], name="dry")
    kernel = tf.Variable(tf.random.normal([64, 64], stddev=0.05), name="kernel")
    wet_pred = tf.tanh(tf.matmul(dry_in, kernel), name="wet_pred")
    init_op = tf.compat.v1.global_variables_initializer()
# %%
sess = tf.compat.v1.Session()
sess.run(init_op)
preview = sess.run(wet_pred, feed_dict={dry_in: dry[:8]})
