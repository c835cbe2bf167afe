# source: https://github.com/infocusp/tf_cnnvis/issues/14
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:5, 2:1
# raise: 2:3
# culprit: /device:GPU:0 | GPU:0
# expect: probe_var is pinned to /device:GPU:0 but this machine has only a CPU, and the session was created with allow_soft_placement=False, so the op cannot be placed. Enable allow_soft_placement or drop the device pin.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

with tf.device("/device:GPU:0"):
    probe_var = tf.Variable(tf.ones([1]), name="probe_var")
    doubled = probe_var * 2.0
# %%
strict = tf.compat.v1.ConfigProto(allow_soft_placement=False)
sess = tf.compat.v1.Session(config=strict)
sess.run(tf.compat.v1.global_variables_initializer())
