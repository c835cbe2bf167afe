# family: variable_already_exists
# raises: ValueError
# culprit: radius
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
radius = tf.get_variable("radius", shape=())
def margin_loss(x):
    r = tf.get_variable("radius", shape=())  # <- cause  # <- raises
    return tf.reduce_mean(tf.nn.relu(x - r))
loss = margin_loss(tf.constant([1.0, 3.0]))
