# source: https://github.com/tensorflow/tensorflow/issues/8093
# family: device_placement
# raises: InvalidArgumentError
# cause: 1:4, 3:2
# raise: 3:3
# culprit: /GPU:0 | set_soft_device_placement
# expect: soft device placement was switched off and the step pins its ops to "/GPU:0", but this machine registers only a CPU, so TensorFlow cannot satisfy the device specification; drop the pin (or pick a device from tf.config.list_logical_devices()) or leave soft placement on
# %%
import numpy as np
import tensorflow as tf
import keras
tf.config.set_soft_device_placement(False)
# %%
w = tf.Variable(tf.random.normal([20, 1]))
b = tf.Variable(tf.zeros([1]))
xb = tf.constant(np.random.rand(64, 20).astype("float32"))
yb = tf.constant(np.random.rand(64, 1).astype("float32"))
# %%
with tf.GradientTape() as tape:
    with tf.device("/GPU:0"):
        loss = tf.reduce_mean(tf.square(tf.matmul(xb, w) + b - yb))
grads = tape.gradient(loss, [w, b])
