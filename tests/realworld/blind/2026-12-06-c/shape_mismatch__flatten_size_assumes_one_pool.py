# source: https://github.com/FelixMohr/Deep-learning-with-Python/issues/6
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:7, 2:7
# raise: 3:3
# culprit: FLAT_DIM | 12544
# expect: FLAT_DIM assumes a single 2x2 pooling (14*14*64 = 12544) but the graph pools twice, so each image has only 7*7*64 values and tf.reshape(..., [-1, FLAT_DIM]) cannot split the batch; compute the size from the pooled tensor (e.g. int(np.prod(pooled.shape[1:]))) instead of a hand-written constant.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

IMG = 28
CONV_FILTERS = 64
FLAT_DIM = 14 * 14 * CONV_FILTERS
digits = np.random.RandomState(1).rand(10, IMG, IMG, 1).astype(np.float32)
# %%
pixels = tf.compat.v1.placeholder(tf.float32, [None, IMG, IMG, 1], name="pixels")
k1 = tf.Variable(tf.random.normal([5, 5, 1, CONV_FILTERS], stddev=0.1), name="k1")
conv1 = tf.nn.relu(tf.nn.conv2d(pixels, k1, strides=1, padding="SAME"))
pool1 = tf.nn.max_pool2d(conv1, ksize=2, strides=2, padding="SAME")
pooled = tf.nn.max_pool2d(pool1, ksize=2, strides=2, padding="SAME")
w_fc = tf.Variable(tf.random.normal([FLAT_DIM, 10], stddev=0.01), name="w_fc")
logits = tf.matmul(tf.reshape(pooled, [-1, FLAT_DIM]), w_fc)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
out = sess.run(logits, {pixels: digits[:3]})
print(out.shape)
