# family: variable_not_found
# raises: ValueError
# culprit: decoder/w
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
with tf.variable_scope("decoder", reuse=True):  # <- cause
    w = tf.get_variable("w", shape=[2, 2])  # <- raises
