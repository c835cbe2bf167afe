# source: https://github.com/tensorflow/tensorflow/issues/10447
# family: other
# raises: NotFoundError
# cause: 1:4, 2:1
# raise: 2:2
# culprit: pixels | uint8
# expect: pixels is a uint8 array, so tf.constant(pixels[:16]) is a uint8 tensor and TensorFlow has no uint8 MatMul kernel ("Could not find device for node: MatMul[T=DT_UINT8]"); it is a dtype problem, not a device one. Convert first: tf.cast(batch, tf.float32) / 255.0 (or pixels.astype("float32")).
# %%
import numpy as np
import tensorflow as tf

pixels = np.random.randint(0, 256, size=(32, 784), dtype=np.uint8)
W = tf.Variable(tf.random.normal([784, 10], stddev=0.01), name="W")
b = tf.Variable(tf.zeros([10]), name="b")
# %%
batch = tf.constant(pixels[:16])
logits = tf.matmul(batch, W) + b
