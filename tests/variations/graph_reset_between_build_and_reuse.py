# family: variable_not_found
# raises: ValueError
# culprit: reset_default_graph
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
with tf.compat.v1.variable_scope("enc"):
    w = tf.compat.v1.get_variable("w", [3, 2])
tf.compat.v1.reset_default_graph()  # <- cause
with tf.compat.v1.variable_scope("enc", reuse=True):
    w_again = tf.compat.v1.get_variable("w")  # <- raises
