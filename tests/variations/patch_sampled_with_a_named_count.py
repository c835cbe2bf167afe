# family: feed_mismatch
# raises: ValueError
# culprit: SIDE
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
SIDE = 30  # <- cause
pick = np.linspace(0, 99, SIDE).astype(int)
grid = np.random.rand(100, 100).astype("float32")
patch = grid[pick][:, pick]
slot = tf.compat.v1.placeholder(tf.float32, [None, 32, 32])
mean = tf.reduce_mean(slot)
with tf.compat.v1.Session() as sess:
    sess.run(mean, {slot: [patch]})  # <- raises
