# family: other
# raises: InvalidArgumentError
# culprit: rate
import numpy as np
import tensorflow as tf
counts = tf.constant([3, 5])
rate = tf.constant(np.array([0.5, 0.25]))
total = tf.add_n([counts, rate])  # <- cause, raises
