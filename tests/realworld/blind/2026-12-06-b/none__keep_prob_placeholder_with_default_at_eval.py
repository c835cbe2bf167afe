# source: https://github.com/golbin/TensorFlow-Tutorials/pull/51
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: keep_prob
# expect: Nothing to report: keep_prob is a placeholder_with_default(1.0), so the evaluation run may leave it out of the feed dict and dropout is disabled there.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, [None, 10], name="x")
target = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target")
keep_prob = tf.compat.v1.placeholder_with_default(1.0, shape=[], name="keep_prob")
w1 = tf.compat.v1.get_variable("w1", [10, 32])
w2 = tf.compat.v1.get_variable("w2", [32, 1])
hidden = tf.nn.dropout(tf.nn.relu(tf.matmul(x, w1)), rate=1 - keep_prob)
pred = tf.matmul(hidden, w2)
loss = tf.reduce_mean(tf.square(pred - target))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)
# %%
rng = np.random.default_rng(3)
xs, ys = rng.normal(size=(40, 10)).astype("float32"), rng.normal(size=(40, 1)).astype("float32")
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for _ in range(3):
    sess.run(train_op, {x: xs, target: ys, keep_prob: 0.6})
# %%
eval_loss = sess.run(loss, feed_dict={x: xs, target: ys})
print("eval loss", eval_loss)
