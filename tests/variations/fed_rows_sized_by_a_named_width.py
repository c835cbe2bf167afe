# family: feed_mismatch
# raises: ValueError
# culprit: WIDTH
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
WIDTH = 6  # <- cause
rows = np.zeros((10, WIDTH), "float32")
slot = tf.compat.v1.placeholder(tf.float32, [None, 8])
total = tf.reduce_sum(slot)
sess = tf.compat.v1.Session()
sess.run(total, {slot: rows[:4]})  # <- raises
