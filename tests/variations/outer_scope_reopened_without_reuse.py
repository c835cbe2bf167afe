# family: variable_already_exists
# raises: ValueError
# culprit: shared/proj/kernel
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
def projector(x):
    with tf.compat.v1.variable_scope("proj"):
        k = tf.compat.v1.get_variable("kernel", [4, 2])  # <- raises
    return tf.matmul(x, k)
first = tf.compat.v1.placeholder(tf.float32, [None, 4])
second = tf.compat.v1.placeholder(tf.float32, [None, 4])
with tf.compat.v1.variable_scope("shared"):
    out_first = projector(first)
with tf.compat.v1.variable_scope("shared"):  # <- cause
    out_second = projector(second)
