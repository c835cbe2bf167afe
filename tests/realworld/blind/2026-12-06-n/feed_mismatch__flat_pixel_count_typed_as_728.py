# source: https://github.com/Hvass-Labs/TensorFlow-Tutorials/issues/5
# family: feed_mismatch
# raises: ValueError
# cause: 1:6
# raise: 3:4
# culprit: img_size_flat | 728 | x_flat
# expect: img_size_flat was typed as 728 instead of 28*28 = 784, so the x_flat placeholder is [None, 728] while the flattened batch is (32, 784) and the feed fails with "Cannot feed value of shape (32, 784)". Compute img_size_flat = img_size * img_size.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

img_size = 28
img_size_flat = 728
num_classes = 10
rng = np.random.RandomState(0)
digits = rng.rand(64, img_size, img_size).astype("float32")
labels = np.eye(num_classes, dtype="float32")[rng.randint(0, 10, 64)]
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, img_size_flat], name="x_flat")
y_true = tf.compat.v1.placeholder(tf.float32, [None, num_classes], name="y_true")
weights = tf.Variable(tf.zeros([img_size_flat, num_classes]), name="weights")
biases = tf.Variable(tf.zeros([num_classes]), name="biases")
logits = tf.matmul(x, weights) + biases
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=logits))
optimizer = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(cost)
# %%
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())
x_batch = digits[:32].reshape(32, -1)
session.run(optimizer, feed_dict={x: x_batch, y_true: labels[:32]})
