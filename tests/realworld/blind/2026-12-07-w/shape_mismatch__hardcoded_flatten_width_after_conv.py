# source: https://github.com/kevinhughes27/TensorKart/pull/24
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:7
# raise: 3:2
# culprit: FLAT_UNITS | h_flat
# expect: the flatten step reshapes the last conv block to a hard-coded width of 1664 per sample, but with the 66x200 screenshots and these strides the block is (N, 3, 12, 64) = 2304 values per sample, so the reshape cannot split the 10-sample tensor into rows of 1664. Compute the width from h_conv3.shape (or use tf.reshape(h_conv3, [tf.shape(h_conv3)[0], -1])) and size fc1_w to match.
# %%
import numpy as np
import tensorflow as tf
screens = np.random.rand(10, 66, 200, 3).astype(np.float32)
steering = np.random.rand(10, 1).astype(np.float32)
# %%
def conv2d(x, W, stride):
    return tf.nn.conv2d(x, W, strides=[1, stride, stride, 1], padding="VALID")

W_conv1 = tf.Variable(tf.random.truncated_normal([5, 5, 3, 24], stddev=0.1))
W_conv2 = tf.Variable(tf.random.truncated_normal([5, 5, 24, 36], stddev=0.1))
W_conv3 = tf.Variable(tf.random.truncated_normal([3, 3, 36, 64], stddev=0.1))
FLAT_UNITS = 1664
fc1_w = tf.Variable(tf.random.truncated_normal([FLAT_UNITS, 100], stddev=0.1))

def body(x):
    h = tf.nn.relu(conv2d(x, W_conv1, 2))
    h = tf.nn.relu(conv2d(h, W_conv2, 2))
    return tf.nn.relu(conv2d(h, W_conv3, 4))
# %%
h_conv3 = body(tf.constant(screens))
h_flat = tf.reshape(h_conv3, [-1, FLAT_UNITS])
fc1 = tf.nn.relu(tf.matmul(h_flat, fc1_w))
