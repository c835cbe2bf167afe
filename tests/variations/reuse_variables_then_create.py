# family: variable_not_found
# raises: ValueError
# culprit: head/bias
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
with tf.variable_scope("head") as scope:
    w = tf.get_variable("w", [3, 2])
    scope.reuse_variables()  # <- cause
    b = tf.get_variable("bias", [2])  # <- raises
