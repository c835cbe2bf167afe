# source: https://github.com/aqibsaeed/Human-Activity-Recognition-using-CNN/issues/14
# family: feed_mismatch
# raises: ValueError
# cause: 2:3
# raise: 4:4
# culprit: activity | Y
# expect: activity holds integer class ids with shape (N, 1) while the placeholder Y expects one-hot rows of 6 classes (?, 6); one-hot encode the labels (np.eye(6)[activity.ravel()]) where they are made, or use an int placeholder with sparse cross-entropy
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
rng = np.random.default_rng(1)
windows = rng.normal(size=(200, 90, 3)).astype("float32")
activity = rng.integers(0, 6, size=(200, 1))
# %%
X = tf.compat.v1.placeholder(tf.float32, [None, 90, 3])
Y = tf.compat.v1.placeholder(tf.float32, [None, 6])
flat = tf.reshape(X, [-1, 270])
W = tf.compat.v1.Variable(tf.random.truncated_normal([270, 6], stddev=0.1))
pred = tf.matmul(flat, W)
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=Y, logits=pred))
step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(cost)
# %%
with tf.compat.v1.Session() as session:
    session.run(tf.compat.v1.global_variables_initializer())
    for i in range(0, 200, 10):
        _, c = session.run([step, cost], feed_dict={X: windows[i:i + 10], Y: activity[i:i + 10]})
