# family: feed_mismatch
# raises: ValueError
# culprit: steps
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rows = [np.ones((3, 4)) for _ in range(16)]
chunk = 8
steps = len(rows) // chunk + 1  # <- cause
x = tf.compat.v1.placeholder(tf.float32, [None, 3, 4])
total = tf.reduce_sum(x)
sess = tf.compat.v1.Session()
for k in range(steps):
    xb = np.array(rows[k * chunk:(k + 1) * chunk])
    sess.run(total, {x: xb})  # <- raises
