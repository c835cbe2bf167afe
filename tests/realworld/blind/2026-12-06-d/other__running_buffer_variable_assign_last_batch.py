# source: https://github.com/tensorflow/tensorflow/issues/35667
# family: other
# raises: ValueError
# cause: 2:1
# raise: 3:4
# culprit: last_embeddings | Shape mismatch
# expect: last_embeddings was created with the fixed shape of the first batch (32, 8); the last batch holds only 4 rows, and Variable.assign refuses a value of a different shape. Create the variable with shape=tf.TensorShape([None, 8]) (or None) so it can hold batches of any size, or keep a plain tensor.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(6)
features = rng.normal(size=(100, 12)).astype(np.float32)
ds = tf.data.Dataset.from_tensor_slices(features).batch(32)
projection = tf.Variable(tf.random.normal([12, 8], seed=1), name="projection")
# %%
last_embeddings = tf.Variable(tf.zeros([32, 8]), trainable=False, name="last_embeddings")
# %%
seen = 0
for batch in ds:
    emb = tf.nn.l2_normalize(tf.matmul(batch, projection), axis=1)
    last_embeddings.assign(emb)
    seen += int(batch.shape[0])
