# source: https://github.com/tensorflow/tensorflow/issues/37429
# family: other
# raises: TypeError
# cause: 2:1
# raise: 3:1
# culprit: n_chunks | size
# expect: n_chunks is computed with tf.math.ceil on float32 tensors, so it is a float, and tf.TensorArray's size must be an integer. Cast it: tf.cast(n_chunks, tf.int32).
# %%
import numpy as np
import tensorflow as tf
signal = tf.constant(np.random.default_rng(1).normal(size=1000), tf.float32)
CHUNK = 128
# %%
n_chunks = tf.math.ceil(tf.cast(tf.size(signal), tf.float32) / CHUNK)
# %%
energies = tf.TensorArray(tf.float32, size=n_chunks, dynamic_size=False)
for i in range(int(n_chunks)):
    energies = energies.write(i, tf.reduce_sum(signal[i * CHUNK:(i + 1) * CHUNK] ** 2))
