# source: https://github.com/ageron/handson-ml/issues/610
# family: feed_mismatch
# raises: ValueError
# cause: 1:5, 3:2
# raise: 3:2
# culprit: flat_pixels | scans
# expect: scans keep their (28, 28) grid, but flat_pixels is declared [None, 784], so "Cannot feed value of shape (8, 28, 28)"; reshape the images to (-1, 784) when loading them (or reshape the slice in the feed).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.RandomState(21)
scans = rng.rand(32, 28, 28).astype(np.float32)
scan_labels = np.eye(10, dtype=np.float32)[rng.randint(0, 10, 32)]
# %%
flat_pixels = tf.compat.v1.placeholder(tf.float32, [None, 784], name="flat_pixels")
onehot_in = tf.compat.v1.placeholder(tf.float32, [None, 10], name="onehot_in")
w = tf.Variable(tf.zeros([784, 10]), name="w")
b = tf.Variable(tf.zeros([10]), name="b")
xent = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=onehot_in, logits=tf.matmul(flat_pixels, w) + b))
fit_op = tf.compat.v1.train.GradientDescentOptimizer(0.5).minimize(xent)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
for start in range(0, 32, 8):
    sess.run(fit_op, {flat_pixels: scans[start:start + 8], onehot_in: scan_labels[start:start + 8]})
print("done")
