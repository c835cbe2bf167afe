# source: https://github.com/tensorflow/tensorflow/pull/36589
# family: none
# raises: NONE
# cause: 2:1
# raise: NONE
# culprit: shape
# expect: Control: the buffer variable is created with shape=tf.TensorShape([None, 8]), so assigning the smaller final batch is allowed; nothing to report.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(93)
feats = rng.normal(size=(70, 12)).astype(np.float32)
proj = tf.Variable(tf.random.normal([12, 8], seed=2))
# %%
latest = tf.Variable(tf.zeros([32, 8]), shape=tf.TensorShape([None, 8]), trainable=False)
# %%
sizes = []
for batch in tf.data.Dataset.from_tensor_slices(feats).batch(32):
    latest.assign(tf.matmul(batch, proj))
    sizes.append(int(latest.shape[0]) if latest.shape[0] is not None else int(tf.shape(latest)[0]))
print(sizes)
