# family: other
# raises: InvalidArgumentError
# culprit: half
import tensorflow as tf
def halve(t):
    return tf.cast(t, tf.float16)
half = halve(tf.ones((3,)))
total = tf.ones((3,)) * half  # <- cause + raises
