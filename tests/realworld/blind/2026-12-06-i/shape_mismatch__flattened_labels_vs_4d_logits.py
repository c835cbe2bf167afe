# source: https://github.com/tensorflow/tensorflow/issues/16345
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: flat_labels | logits
# expect: The per-pixel labels were flattened to rank 1 while the logits are still (batch, H, W, classes); sparse_softmax_cross_entropy_with_logits needs labels of rank logits-1. Keep the labels as (batch, H, W) or flatten the logits to (-1, classes) as well.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(13)
label_maps = rng.integers(0, 3, size=(2, 8, 8))
logits = tf.constant(rng.normal(size=(2, 8, 8, 3)), tf.float32)
# %%
flat_labels = tf.reshape(tf.constant(label_maps, tf.int32), [-1])
weights = tf.ones_like(flat_labels, tf.float32)
# %%
pixel_loss = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=flat_labels, logits=logits)
total = tf.reduce_sum(pixel_loss * weights) / tf.reduce_sum(weights)
