# source: https://github.com/tensorflow/tensorflow/issues/28427
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:5
# culprit: head/w | head/b
# expect: The head variables head/w and head/b are created in a later cell, after global_variables_initializer() already ran in the session, so they were never initialized. Run an initializer for the new variables (or build the whole graph before running the initializer).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(11)
features = rng.normal(size=(20, 8)).astype("float32")
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, 8], name="features")
with tf.compat.v1.variable_scope("encoder"):
    w1 = tf.compat.v1.get_variable("w", [8, 16])
    b1 = tf.compat.v1.get_variable("b", [16], initializer=tf.compat.v1.zeros_initializer())
hidden = tf.nn.relu(tf.matmul(x, w1) + b1)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(hidden, feed_dict={x: features[:4]}).shape)
# %%
with tf.compat.v1.variable_scope("head"):
    w2 = tf.compat.v1.get_variable("w", [16, 2])
    b2 = tf.compat.v1.get_variable("b", [2], initializer=tf.compat.v1.zeros_initializer())
scores = tf.matmul(hidden, w2) + b2
print(sess.run(scores, feed_dict={x: features[:4]}))
