# family: variable_not_found
# raises: ValueError
# culprit: encoder/weights
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
def encode(x):
    with tf.name_scope("encoder"):  # <- cause
        w = tf.compat.v1.get_variable("weights", [4, 3])
    return tf.matmul(x, w)
queries = tf.compat.v1.placeholder(tf.float32, [None, 4])
q = encode(queries)
with tf.compat.v1.variable_scope("encoder", reuse=True):
    shared = tf.compat.v1.get_variable("weights", [4, 3])  # <- raises
