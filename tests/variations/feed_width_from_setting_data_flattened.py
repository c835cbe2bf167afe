# family: feed_mismatch
# raises: ValueError
# culprit: row_width
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
side = 6
row_width = 30
tiles = np.random.RandomState(0).rand(8, side, side).astype("float32")
inputs = tf.compat.v1.placeholder(tf.float32, [None, row_width])
total = tf.reduce_sum(inputs)
rows = tiles.reshape(8, -1)
with tf.compat.v1.Session() as sess:
    sess.run(total, feed_dict={inputs: rows})  # <- cause, raises
