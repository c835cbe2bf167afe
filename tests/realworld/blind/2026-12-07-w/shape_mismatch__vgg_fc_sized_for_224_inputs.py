# source: https://github.com/taspinar/sidl/issues/5
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:4, 2:3
# raise: 3:3
# culprit: fc6_w | IMG_SIZE
# expect: the images are loaded at 64x64, so after the two 2x2 poolings the flattened feature map has 16*16*8 = 2048 values, but fc6_w was sized for 56x56 inputs (14*14*8 = 1568 rows), so the matmul of the flattened batch with fc6_w fails. Load the images at the size the network was built for (56) or size fc6_w from the actual flattened width.
# %%
import numpy as np
import tensorflow as tf
NET_SIZE = 56
IMG_SIZE = 64
photos = np.random.rand(16, IMG_SIZE, IMG_SIZE, 3).astype(np.float32)
# %%
conv1_w = tf.Variable(tf.random.normal([3, 3, 3, 8], stddev=0.1))
pooled_side = NET_SIZE // 4
fc6_w = tf.Variable(tf.random.normal([pooled_side * pooled_side * 8, 32], stddev=0.01))
fc6_b = tf.Variable(tf.zeros([32]))

def features(batch):
    h = tf.nn.relu(tf.nn.conv2d(batch, conv1_w, strides=1, padding="SAME"))
    h = tf.nn.max_pool2d(h, 2, 2, "VALID")
    return tf.nn.max_pool2d(h, 2, 2, "VALID")
# %%
fmap = features(photos)
flat = tf.reshape(fmap, [fmap.shape[0], -1])
fc6 = tf.nn.relu(tf.matmul(flat, fc6_w) + fc6_b)
