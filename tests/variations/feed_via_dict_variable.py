# family: feed_mismatch
# raises: ValueError
# culprit: pixels
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
pixels = tf.placeholder(tf.float32, shape=[None, 784])
logits = tf.layers.dense(pixels, 10) if False else tf.reduce_sum(pixels, axis=1)
sess = tf.Session()
batch = np.zeros((50, 28, 28), np.float32)  # <- cause
feed = {pixels: batch}
print(sess.run(logits, feed_dict=feed))  # <- raises
