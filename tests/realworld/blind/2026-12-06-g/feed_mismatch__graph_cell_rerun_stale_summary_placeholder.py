# source: https://github.com/tensorflow/tensorflow/issues/784
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:5
# culprit: x-input | reset_default_graph | merge_all
# expect: build_model() was run a second time in the same default graph (to change the hidden size), so merge_all() also collects the summaries of the first copy, whose placeholders x-input/y-input are never fed. Call tf.compat.v1.reset_default_graph() before rebuilding (or merge only the new summaries).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(9)
pix = rng.random(size=(50, 36)).astype("float32")
lab = np.eye(4, dtype="float32")[rng.integers(0, 4, size=50)]

def build_model(hidden):
    x = tf.compat.v1.placeholder(tf.float32, [None, 36], name="x-input")
    y_ = tf.compat.v1.placeholder(tf.float32, [None, 4], name="y-input")
    w1 = tf.Variable(tf.random.normal([36, hidden], stddev=0.1))
    w2 = tf.Variable(tf.zeros([hidden, 4]))
    y = tf.matmul(tf.nn.relu(tf.matmul(x, w1)), w2)
    xent = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_, logits=y))
    tf.compat.v1.summary.scalar("xent", xent)
    step = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(xent)
    return x, y_, step

x, y_, train_step = build_model(hidden=16)
# %%
x, y_, train_step = build_model(hidden=32)
# %%
merged = tf.compat.v1.summary.merge_all()
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    sess.run(train_step, feed_dict={x: pix, y_: lab})
    summary_str = sess.run(merged, feed_dict={x: pix, y_: lab})
