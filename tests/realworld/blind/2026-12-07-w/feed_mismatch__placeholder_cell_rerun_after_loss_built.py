# source: https://github.com/matroid/dlwithtf/issues/21
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 3:2, 3:3
# raise: 4:4
# culprit: x | placeholders/Placeholder
# expect: the placeholder cell was run again after the loss was built, so x and y now name fresh placeholders (placeholders_1/...) that the loss l does not use; the feed_dict fills the new ones and the loss's own placeholders/Placeholder stays unfed. Rebuild the model after redefining the placeholders (or do not re-run that cell, or reset the graph and run everything once).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
N = 100
x_np = np.random.rand(N, 1).astype(np.float32)
y_np = (5 * x_np + 2 + np.random.normal(scale=0.1, size=(N, 1))).astype(np.float32)
# %%
with tf.name_scope("placeholders"):
    x = tf.compat.v1.placeholder(tf.float32, (N, 1))
    y = tf.compat.v1.placeholder(tf.float32, (N, 1))
with tf.name_scope("weights"):
    W = tf.Variable(tf.random.normal((1, 1)))
    b = tf.Variable(tf.random.normal((1,)))
with tf.name_scope("prediction"):
    y_pred = tf.matmul(x, W) + b
with tf.name_scope("loss"):
    l = tf.reduce_sum((y - y_pred) ** 2)
train_op = tf.compat.v1.train.AdamOptimizer(.001).minimize(l)
# %%
with tf.name_scope("placeholders"):
    x = tf.compat.v1.placeholder(tf.float32, (N, 1))
    y = tf.compat.v1.placeholder(tf.float32, (N, 1))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
feed_dict = {x: x_np, y: y_np}
_, loss_val = sess.run([train_op, l], feed_dict=feed_dict)
