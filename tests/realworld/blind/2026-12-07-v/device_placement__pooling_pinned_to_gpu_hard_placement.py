# source: https://github.com/tensorflow/tensorflow/issues/636
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:1, 1:3
# raise: 2:2
# culprit: /gpu:0
# expect: the pooling op is pinned to /gpu:0 while soft device placement has been switched off, and this machine has no GPU, so the device specification cannot be satisfied. Remove the GPU pin (or pin to /cpu:0), or leave soft placement enabled so the op falls back to an available device.
# %%
import numpy as np
import tensorflow as tf
tf.config.set_soft_device_placement(False)
frames = tf.constant(np.random.rand(2, 16, 16, 4).astype(np.float32))
# %%
with tf.device("/gpu:0"):
    pooled = tf.nn.max_pool2d(frames, ksize=2, strides=2, padding="SAME")
print(pooled.shape)
