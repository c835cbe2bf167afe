# family: device_placement
# raises: InvalidArgumentError
# culprit: towers
import tensorflow as tf
tf.config.set_soft_device_placement(False)
towers = ["/gpu:0", "/gpu:1"]  # <- cause
plan = tf.distribute.MirroredStrategy(towers)  # <- raises
