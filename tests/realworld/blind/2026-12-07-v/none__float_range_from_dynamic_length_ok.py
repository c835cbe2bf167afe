# source: https://github.com/tensorflow/tensorflow/issues/29867
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: tf.range with an int32 tensor limit taken from tf.shape and dtype=tf.float32 works on this TensorFlow, and the float positions and frequencies broadcast to (37, 4); nothing to report.
# %%
import numpy as np
import tensorflow as tf
batch = tf.constant(np.random.rand(4, 37, 8).astype(np.float32))
# %%
length = tf.shape(batch)[1]
positions = tf.range(length, dtype=tf.float32)
freqs = tf.exp(-tf.range(0, 8, 2, dtype=tf.float32) / 8.0)
angles = positions[:, None] * freqs[None, :]
print(angles.shape)
