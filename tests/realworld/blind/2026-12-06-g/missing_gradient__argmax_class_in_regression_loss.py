# source: https://github.com/tensorflow/tensorflow/issues/2177
# family: missing_gradient
# raises: ValueError
# cause: 2:1
# raise: 2:4
# culprit: argmax | ArgMax | predicted_grade
# expect: The loss is computed from tf.argmax of the logits, and ArgMax has no gradient, so no trainable variable gets a gradient and minimize() raises "No gradients provided". Compute the loss from the logits/softmax (e.g. softmax cross-entropy or an expected grade), using argmax only for reporting.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(13)
essays = rng.normal(size=(40, 30)).astype("float32")
grades = rng.integers(0, 6, size=(40,)).astype("float32")

essay_ph = tf.compat.v1.placeholder(tf.float32, [None, 30])
grade_ph = tf.compat.v1.placeholder(tf.float32, [None])
with tf.compat.v1.variable_scope("grader"):
    w = tf.compat.v1.get_variable("w", [30, 6])
    b = tf.compat.v1.get_variable("b", [6], initializer=tf.compat.v1.zeros_initializer())
grade_logits = tf.matmul(essay_ph, w) + b
# %%
predicted_grade = tf.cast(tf.argmax(grade_logits, axis=1), tf.float32)
loss = tf.reduce_mean(tf.square(predicted_grade - grade_ph))
opt = tf.compat.v1.train.AdamOptimizer(1e-2)
train_op = opt.minimize(loss)
