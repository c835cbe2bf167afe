# source: https://github.com/mdeff/cnn_graph/issues/53
# family: feed_mismatch
# raises: ValueError
# cause: 1:7
# raise: 3:4
# culprit: event_labels
# expect: The labels were reshaped into a (N, 1) column when loaded, but the event_labels placeholder is a flat [8] vector for sparse cross-entropy, so every feed is (8, 1) where (8,) is required. Keep the labels one-dimensional (drop the reshape(-1, 1) or squeeze them).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(7)
signals = rng.normal(size=(40, 12)).astype(np.float32)
events = rng.integers(0, 2, size=40)
event_labels = events.reshape(-1, 1)
# %%
BATCH = 8
x = tf.compat.v1.placeholder(tf.float32, [BATCH, 12], name="signals")
y = tf.compat.v1.placeholder(tf.int32, [BATCH], name="event_labels")
w = tf.compat.v1.get_variable("w", [12, 2])
logits = tf.matmul(x, w)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
step = tf.compat.v1.train.AdamOptimizer(0.01).minimize(loss)
# %%
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for start in range(0, 40, BATCH):
        sess.run(step, {x: signals[start:start + BATCH], y: event_labels[start:start + BATCH]})
