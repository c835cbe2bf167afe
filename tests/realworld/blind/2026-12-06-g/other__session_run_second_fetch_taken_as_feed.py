# source: https://github.com/tensorflow/tensorflow/issues/11840
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 2:5
# raise: 2:5
# culprit: feed_dict | dead_pixels | run
# expect: sess.run(pixel_values, dead_pixels) passes the second tensor as the feed_dict argument, and TensorFlow then tries to use that tensor as a Python bool. Fetch both in one list: sess.run([pixel_values, dead_pixels]).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

sensor = np.array([[3, 0, 7], [0, 5, 2]], dtype="int32")
pixel_values = tf.constant(sensor, name="pixel_values")
dead_pixels = tf.equal(pixel_values, 0, name="dead_pixels")
dead_count = tf.reduce_sum(tf.cast(dead_pixels, tf.int32))
# %%
with tf.compat.v1.Session() as sess:
    n_dead = sess.run(dead_count)
    print("dead pixels:", n_dead)
    # inspect raw values next to the mask
    values, mask = sess.run(pixel_values, dead_pixels)
    print(values, mask)
