# family: device_placement
# raises: InvalidArgumentError
# culprit: GPU:0
import tensorflow as tf
tf.config.set_soft_device_placement(False)  # <- cause
with tf.device("/GPU:0"):
    product = tf.matmul(tf.ones((2, 2)), tf.ones((2, 2)))  # <- raises
