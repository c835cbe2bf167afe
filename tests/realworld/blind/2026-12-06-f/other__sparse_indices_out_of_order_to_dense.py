# source: https://github.com/adriangb/scikeras/pull/282
# family: other
# raises: InvalidArgumentError
# cause: 2:1, 2:4
# raise: 3:1
# culprit: tf.sparse.reorder | indices
# expect: the SparseTensor indices are built column by column, so they are not in row-major order and sparse ops reject them; call tf.sparse.reorder(bag) before to_dense (or sort the indices).
# %%
import numpy as np
import tensorflow as tf

docs = [[0, 3], [1], [0, 2, 3]]
n_docs, n_terms = len(docs), 4
# %%
pairs = sorted(((d, t) for d, terms in enumerate(docs) for t in terms), key=lambda p: (p[1], p[0]))
indices = np.array(pairs, dtype=np.int64)
values = np.ones(len(pairs), dtype=np.float32)
bag = tf.sparse.SparseTensor(indices, values, dense_shape=[n_docs, n_terms])
print(bag.indices.numpy()[:4])
# %%
dense_bag = tf.sparse.to_dense(bag)
