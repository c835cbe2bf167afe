# source: https://github.com/nfmcclure/tensorflow_cookbook/issues/126
# family: feed_mismatch
# raises: TypeError
# cause: 2:1
# raise: 2:4
# culprit: sample_batch | digits_in
# expect: tf.expand_dims builds a graph Tensor, not data, so sample_batch cannot be a feed value; keep the batch in NumPy (np.expand_dims) or sess.run it first.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

digits_in = tf.compat.v1.placeholder(tf.float32, [None, 28, 28, 1], name="digits_in")
kernel = tf.Variable(tf.random.normal([3, 3, 1, 4]), name="kernel")
feature_maps = tf.nn.conv2d(digits_in, kernel, strides=1, padding="SAME")
raw_digits = np.random.rand(16, 28, 28).astype(np.float32)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
# %%
sample_batch = tf.expand_dims(raw_digits, -1)
print("batch shape", sample_batch.shape)

maps = sess.run(feature_maps, feed_dict={digits_in: sample_batch})
