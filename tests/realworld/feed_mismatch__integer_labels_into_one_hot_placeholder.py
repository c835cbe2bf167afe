# source: https://github.com/tensorflow/tensorflow/issues/30397
# family: feed_mismatch
# raises: ValueError
# cause: 1:7, 2:2
# raise: 2:10
# culprit: labels | y_train
# expect: The labels placeholder expects one-hot rows of 10 values, but y_train holds integer class ids of shape (N,); one-hot encode the labels (np.eye(10)[y]) or use a [None] int placeholder with sparse_softmax_cross_entropy_with_logits.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(1)
x_train = rng.random((256, 784), dtype=np.float32)
y_train = rng.integers(0, 10, size=256)
# %%
images = tf.compat.v1.placeholder(tf.float32, [None, 784])
labels = tf.compat.v1.placeholder(tf.float32, [None, 10])
weights = tf.Variable(tf.random.normal([784, 10]))
logits = tf.matmul(images, weights)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))
train = tf.compat.v1.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for start in range(0, 256, 64):
        sess.run(train, {images: x_train[start:start + 64], labels: y_train[start:start + 64]})
