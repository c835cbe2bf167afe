# source: https://github.com/tensorflow/tensorflow/issues/8011
# family: other
# raises: TypeError
# cause: 2:11, 2:8, 1:5
# raise: 3:4
# culprit: merged | merge_all
# expect: With log_summaries off no summary op was ever defined, so tf.compat.v1.summary.merge_all() returned None and merged is None; sess.run cannot fetch None. Only fetch merged when it is not None (or define the summaries before merging).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
CONFIG = {"lr": 0.05, "log_summaries": False, "steps": 3}
rng = np.random.default_rng(1)
X_train = rng.normal(size=(64, 5)).astype("float32")
y_train = (X_train.sum(axis=1, keepdims=True) > 0).astype("float32")
# %%
x_ph = tf1.placeholder(tf.float32, [None, 5], name="x")
y_ph = tf1.placeholder(tf.float32, [None, 1], name="y")
w = tf1.get_variable("w", [5, 1])
b = tf1.get_variable("b", [1], initializer=tf1.zeros_initializer())
logits = tf.matmul(x_ph, w) + b
loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=y_ph, logits=logits))
train_op = tf1.train.GradientDescentOptimizer(CONFIG["lr"]).minimize(loss)
if CONFIG["log_summaries"]:
    tf1.summary.scalar("loss", loss)
    tf1.summary.histogram("w", w)
merged = tf1.summary.merge_all()
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
for step in range(CONFIG["steps"]):
    _, l, summ = sess.run([train_op, loss, merged], feed_dict={x_ph: X_train, y_ph: y_train})
    print(step, l)
