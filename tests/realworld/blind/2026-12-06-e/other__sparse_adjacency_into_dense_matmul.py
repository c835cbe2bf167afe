# source: https://github.com/tensorflow/tensorflow/issues/3246
# family: other
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: adjacency | a_is_sparse | sparse_dense_matmul
# expect: tf.matmul only takes dense tensors; a_is_sparse is just an optimization hint, so passing the tf.sparse.SparseTensor adjacency fails converting it to a Tensor. Use tf.sparse.sparse_dense_matmul(adjacency, h).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(23)
N_NODES, N_FEATS = 9, 5
edges = np.array([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7], [7, 8]], dtype=np.int64)
node_feats = tf.constant(rng.normal(size=(N_NODES, N_FEATS)).astype("float32"))
# %%
both = np.concatenate([edges, edges[:, ::-1]])
both = both[np.lexsort((both[:, 1], both[:, 0]))]
adjacency = tf.sparse.SparseTensor(both, tf.ones(len(both)), [N_NODES, N_NODES])
gcn_w = tf.Variable(tf.random.normal([N_FEATS, 4], seed=3))
# %%
h = node_feats @ gcn_w
propagated = tf.matmul(adjacency, h, a_is_sparse=True)
