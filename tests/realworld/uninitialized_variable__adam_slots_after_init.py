# source: https://github.com/Hvass-Labs/TensorFlow-Tutorials/issues/57
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:2
# raise: 3:4
# culprit: beta1_power | Adam
# expect: AdamOptimizer(...).minimize in cell 3 creates its slots and beta1_power/beta2_power after cell 2 ran the initializer, so they were never initialized; run the initializer again (or build the optimizer before initializing).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

pixels = tf.compat.v1.placeholder(tf.float32, [None, 16], name="pixels")
digits = tf.compat.v1.placeholder(tf.int64, [None], name="digits")
weights = tf.Variable(tf.zeros([16, 4]), name="weights")
bias = tf.Variable(tf.zeros([4]), name="bias")
logits = tf.matmul(pixels, weights) + bias
cost = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=digits, logits=logits))
# %%
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())
# %%
step = tf.compat.v1.train.AdamOptimizer(learning_rate=0.01).minimize(cost)
batch_x = np.random.rand(8, 16).astype("float32")
batch_y = np.random.randint(0, 4, size=8)
session.run(step, feed_dict={pixels: batch_x, digits: batch_y})
