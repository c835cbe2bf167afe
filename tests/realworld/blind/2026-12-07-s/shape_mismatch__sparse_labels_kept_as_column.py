# source: https://github.com/tensorflow/tensorflow/issues/947
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 3:4
# culprit: label_ids | sparse_softmax_cross_entropy_with_logits
# expect: sparse_softmax_cross_entropy_with_logits needs labels of rank logits.rank - 1, i.e. shape (64,) for logits (64, 4); label_ids was generated as a (64, 1) column, so the ranks do not match; make the labels 1-D (size=(64,) or label_ids[:, 0] / np.squeeze)
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(7)
features = rng.normal(size=(64, 32)).astype("float32")
label_ids = rng.integers(0, 4, size=(64, 1))
# %%
W = tf.Variable(tf.random.normal([32, 4], stddev=0.1), name="W")
b = tf.Variable(tf.zeros([4]), name="b")
opt = tf.keras.optimizers.SGD(0.1)
# %%
with tf.GradientTape() as tape:
    logits = tf.matmul(features, W) + b
    loss = tf.reduce_mean(
        tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_ids, logits=logits))
grads = tape.gradient(loss, [W, b])
opt.apply_gradients(zip(grads, [W, b]))
