# family: variable_already_exists
# raises: ValueError
# culprit: tag
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
frames = tf.compat.v1.placeholder(tf.float32, [None, 4])

def stack(x, widths):
    for width in widths:
        tag = "block"  # <- cause
        with tf.compat.v1.variable_scope(tag):
            w = tf.compat.v1.get_variable("w", [x.shape[-1], width])  # <- raises
            x = tf.tanh(tf.matmul(x, w))
    return x

with tf.compat.v1.variable_scope("encoder"):
    codes = stack(frames, [8, 8])
