# family: device_placement
# raises: InvalidArgumentError
# culprit: GPU:0
import tensorflow as tf
tf.config.set_soft_device_placement(False)  # <- cause
a = tf.ones([3, 3])
with tf.device("/GPU:0"):  # <- cause
    b = tf.matmul(a, a)  # <- raises
