# source: https://github.com/tensorflow/tensorflow/issues/29342
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:5, 1:6
# raise: 3:3
# culprit: /GPU:0 | set_soft_device_placement
# expect: Soft device placement was switched off in the setup cell and the forward pass is pinned to "/GPU:0", but this machine only has CPU devices, so TensorFlow cannot satisfy the device specification. Keep soft placement on (the default) or choose the device from tf.config.list_logical_devices() instead of hard-coding GPU:0.
# %%
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
tf.config.set_soft_device_placement(False)
DEVICE = "/GPU:0"
# %%
rng = np.random.default_rng(60)
batch = tf.constant(rng.random((8, 5)).astype("float32"))
w = tf.Variable(tf.random.normal([5, 3]))
b = tf.Variable(tf.zeros([3]))
# %%
def forward(x):
    with tf.device(DEVICE):
        return tf.nn.softmax(tf.matmul(x, w) + b)

probs = forward(batch)
print(probs.numpy().sum(axis=1))
