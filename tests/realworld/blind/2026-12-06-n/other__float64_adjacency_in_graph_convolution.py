# source: https://github.com/liyaguang/DCRNN/issues/69
# family: other
# raises: InvalidArgumentError
# cause: 1:8, 1:10
# raise: 3:2
# culprit: support | float64 | a_values
# expect: The normalized adjacency is computed in NumPy float64, so the SparseTensor support has float64 values while the node features are float32; sparse_dense_matmul requires both to share a dtype and fails ("expected to be a double tensor but is a float tensor"). Cast the adjacency to float32 (adj_norm.astype(np.float32)) before building the SparseTensor.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(69)
n_sensors = 6
adj_mx = (rng.random((n_sensors, n_sensors)) > 0.5).astype(float) + np.eye(n_sensors)
deg = adj_mx.sum(axis=1)
adj_norm = adj_mx / deg[:, None]
rows, cols = np.nonzero(adj_norm)
support = tf.SparseTensor(np.stack([rows, cols], axis=1), adj_norm[rows, cols], adj_norm.shape)
speeds = tf.constant(rng.random((n_sensors, 4)), dtype=tf.float32)
# %%
def graph_conv(x, support, kernel):
    x1 = tf.sparse.sparse_dense_matmul(support, x)
    return tf.matmul(x1, kernel)

kernel = tf.Variable(tf.random.normal([4, 8], seed=1))
# %%
print(support.dtype, speeds.dtype)
hidden = graph_conv(speeds, support, kernel)
print(hidden.shape)
