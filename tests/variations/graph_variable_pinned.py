# family: device_placement
# raises: InvalidArgumentError
# culprit: GPU:1
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
with tf.device("/device:GPU:1"):  # <- cause
    counter = tf.Variable(0, name="counter")
inc = counter.assign_add(1)
with tf.Session(config=tf.ConfigProto(allow_soft_placement=False)) as s:
    s.run(tf.global_variables_initializer())  # <- raises
