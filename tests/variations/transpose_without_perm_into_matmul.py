# family: shape_mismatch
# raises: InvalidArgumentError
# culprit: keys_t
import tensorflow as tf
states = tf.ones([2, 5, 8])
keys = tf.keras.layers.Dense(8)(states)
keys_t = tf.transpose(keys)  # <- cause
scores = tf.matmul(states, keys_t)  # <- raises
