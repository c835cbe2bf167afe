# family: variable_already_exists
# raises: ValueError
# culprit: layer1
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
def dense(x, units):
    with tf.variable_scope("layer1"):
        w = tf.get_variable("w", [int(x.shape[-1]), units])  # <- raises
    return tf.matmul(x, w)
inp = tf.placeholder(tf.float32, [None, 8])
first = dense(inp, 4)
second = dense(inp, 4)  # <- cause
