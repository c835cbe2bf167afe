# family: variable_not_found
# raises: ValueError
# culprit: encoder
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
def encoder(inp, reuse):
    with tf.variable_scope("encoder", reuse=reuse):
        return tf.matmul(inp, tf.get_variable("kernel", [3, 4]))  # <- raises
a = tf.placeholder(tf.float32, [None, 3])
h = encoder(a, reuse=True)  # <- cause
