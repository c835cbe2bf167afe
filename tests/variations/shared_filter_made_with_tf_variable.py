# family: variable_not_found
# raises: ValueError
# culprit: towers/filt
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
top = tf.compat.v1.placeholder(tf.float32, [None, 10])
bottom = tf.compat.v1.placeholder(tf.float32, [None, 10])
with tf.compat.v1.variable_scope("towers"):
    filt = tf.Variable(tf.ones([10, 4]), name="filt")  # <- cause
    top_out = tf.matmul(top, filt)
with tf.compat.v1.variable_scope("towers", reuse=True):
    same = tf.compat.v1.get_variable("filt", [10, 4])  # <- raises
