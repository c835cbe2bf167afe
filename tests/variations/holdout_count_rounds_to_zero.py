# family: feed_mismatch
# raises: ValueError
# culprit: holdout
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rows = np.ones((7, 3), "float32")
holdout = int(len(rows) * 0.05)  # <- cause
test_rows = rows[:holdout]
inp = tf.compat.v1.placeholder(tf.float32, [4, 3])
total = tf.reduce_sum(inp)
with tf.compat.v1.Session() as sess:
    sess.run(total, {inp: test_rows})  # <- raises
