# family: feed_mismatch
# raises: ValueError
# culprit: inputs
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
inputs = tf.compat.v1.placeholder(tf.float32, [16, 5])  # <- cause
scores = tf.reduce_sum(inputs, axis=1)
held_out = np.zeros((40, 5), "float32")
with tf.compat.v1.Session() as sess:
    sess.run(scores, feed_dict={inputs: held_out})  # <- raises
