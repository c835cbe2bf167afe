# source: https://github.com/tensorflow/tensorflow/issues/32658
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:4
# raise: 3:2
# culprit: keys_t | tf.transpose | perm
# expect: tf.transpose without perm reverses all axes, so the (batch, time, dim) keys become (dim, time, batch) instead of (batch, dim, time), and the batched matmul of queries with keys_t fails on incompatible shapes. Use tf.transpose(keys, perm=[0, 2, 1]) or tf.matmul(queries, keys, transpose_b=True).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(12)
BATCH, TIME, DIM = 4, 7, 16
token_states = tf.constant(rng.normal(size=(BATCH, TIME, DIM)).astype("float32"))
# %%
wq = tf.Variable(tf.random.normal([DIM, DIM], seed=1))
wk = tf.Variable(tf.random.normal([DIM, DIM], seed=2))
keys = token_states @ wk
keys_t = tf.transpose(keys)
queries = token_states @ wq
# %%
def attention_weights(q, k_t):
    return tf.nn.softmax(tf.matmul(q, k_t) / np.sqrt(DIM), axis=-1)
weights = attention_weights(queries, keys_t)
