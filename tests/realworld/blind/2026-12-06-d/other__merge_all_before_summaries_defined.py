# source: https://github.com/RobRomijnders/LSTM_tsc/issues/10
# family: other
# raises: TypeError
# cause: 2:6
# raise: 3:6
# culprit: merged | merge_all
# expect: tf.compat.v1.summary.merge_all() was called in cell 2 before any summary op existed, so it returned None; fetching merged in sess.run fails with "Fetch argument None has invalid type". Call merge_all() after defining the scalar/histogram summaries.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(12)
series = rng.normal(size=(96, 30, 1)).astype(np.float32)
targets = rng.integers(0, 2, size=96)
# %%
seq_in = tf.compat.v1.placeholder(tf.float32, [None, 30, 1], name="seq_in")
labels = tf.compat.v1.placeholder(tf.int64, [None], name="labels")
flat = tf.reshape(seq_in, [-1, 30])
w_out = tf.Variable(tf.random.normal([30, 2], stddev=0.1), name="w_out")
logits = tf.matmul(flat, w_out)
merged = tf.compat.v1.summary.merge_all()
# %%
cost = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
tf.compat.v1.summary.scalar("cost", cost)
opt = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(cost)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
cost_val, summ = sess.run([cost, merged], feed_dict={seq_in: series[:32], labels: targets[:32]})
