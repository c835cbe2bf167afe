# source: https://github.com/tensorflow/tensorflow/issues/11677
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:2, 3:1
# raise: 3:3
# culprit: conv_w
# expect: conv_w (with its orthogonal initializer ops) is pinned to /device:GPU:0 by the tf.device block, but this machine has no GPU and the session does not allow soft placement, so running the initializer cannot place the variable. Drop the GPU pin (or use "/CPU:0"), or create the session with allow_soft_placement=True.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
patches = np.random.rand(16, 12, 12, 1).astype(np.float32)
# %%
ortho = tf.compat.v1.orthogonal_initializer(gain=1.0)
with tf.device("/device:GPU:0"):
    conv_w = tf.compat.v1.get_variable("conv_w", [3, 3, 1, 8], initializer=ortho)
images = tf.compat.v1.placeholder(tf.float32, [None, 12, 12, 1], name="images")
feat = tf.nn.relu(tf.nn.conv2d(images, conv_w, strides=1, padding="SAME"))
pooled = tf.reduce_mean(feat, axis=[1, 2])
# %%
session_cfg = tf.compat.v1.ConfigProto(allow_soft_placement=False)
sess = tf.compat.v1.Session(config=session_cfg)
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(pooled, feed_dict={images: patches}).shape)
