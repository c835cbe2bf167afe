# source: https://github.com/LiyaoTang/contrastBoundary/issues/16
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:2
# culprit: /device:GPU:0 | gpu_0
# expect: The tower is built under tf.device("/device:GPU:0") but this machine only has a CPU, and the session is created without allow_soft_placement, so running the initializer fails with "Cannot assign a device for operation gpu_0/input_conv_w/...: ... required incompatible device '/device:GPU:0'. All available devices [.../device:CPU:0]". Drop the hard-coded GPU pin (or choose the device from tf.config.list_logical_devices) or create the session with ConfigProto(allow_soft_placement=True).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
# %%
with tf.device("/device:GPU:0"), tf1.variable_scope("gpu_0"):
    points_in = tf1.placeholder(tf.float32, [None, 1024, 3], name="points")
    conv_w = tf1.get_variable("input_conv_w", [3, 32])
    feats = tf.nn.relu(tf.einsum("bnc,cd->bnd", points_in, conv_w))
    weight_decay = 1e-4 * tf.nn.l2_loss(conv_w)
    pooled = tf.reduce_max(feats, axis=1)
# %%
sess = tf1.Session()
sess.run(tf1.global_variables_initializer())
print(sess.run([pooled, weight_decay], {points_in: np.random.rand(2, 1024, 3)}))
