# source: https://github.com/lehaifeng/T-GCN/issues/53
# family: none
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: tf.sparse.reorder
# expect: Control: the adjacency coordinates come in column-major order, but tf.sparse.reorder puts them in canonical row-major order before to_dense and sparse matmul; nothing to report.
# %%
import numpy as np
import tensorflow as tf

edges = [(0, 1), (1, 0), (1, 2), (2, 1), (2, 3), (3, 2), (0, 0), (1, 1), (2, 2), (3, 3)]
coords = np.array(sorted(edges, key=lambda e: (e[1], e[0])), dtype=np.int64)
vals = np.ones(len(coords), dtype=np.float32)
# %%
adj = tf.SparseTensor(indices=coords, values=vals, dense_shape=[4, 4])
node_feats = tf.constant(np.arange(12, dtype=np.float32).reshape(4, 3))
adj = tf.sparse.reorder(adj)
dense_adj = tf.sparse.to_dense(adj)
degree = tf.reduce_sum(dense_adj, axis=1, keepdims=True)
propagated = tf.sparse.sparse_dense_matmul(adj, node_feats) / degree
