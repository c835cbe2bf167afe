# family: feed_mismatch
# raises: ValueError
# culprit: labels
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
labels = tf.compat.v1.placeholder(tf.float32, [16])  # <- cause
total = tf.reduce_sum(labels)
sess = tf.compat.v1.Session()
data = np.ones(40, dtype="float32")
sums = [sess.run(total, feed_dict={labels: data[i:i + 16]}) for i in range(0, 40, 16)]  # <- raises
