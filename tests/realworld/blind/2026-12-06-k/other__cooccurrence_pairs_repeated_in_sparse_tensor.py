# source: https://github.com/tensorflow/tensorflow/issues/371
# family: other
# raises: InvalidArgumentError
# cause: 2:8, 3:1
# raise: 3:3
# culprit: pairs | indices | SparseTensor
# expect: cooccurrence_pairs returns one (row, col) entry per co-occurrence, so the same index appears several times (e.g. [5,3]); a SparseTensor must not repeat indices (SciPy would sum them, TensorFlow does not), and to_dense fails with "indices[...] is repeated". Aggregate the duplicates first (collections.Counter over the pairs, using the counts as values) or build the matrix with tf.math.unsorted_segment_sum / tf.scatter_nd.
# %%
import numpy as np
import tensorflow as tf

VOCAB = 8
WINDOW = 1
docs = [[1, 3, 5, 3], [2, 3, 1], [5, 5, 2, 7]]
# %%
def cooccurrence_pairs(token_docs, window):
    pairs = []
    for doc in token_docs:
        for i, w in enumerate(doc):
            for j in range(max(0, i - window), min(len(doc), i + window + 1)):
                if i != j:
                    pairs.append((w, doc[j]))
    return sorted(pairs)

pairs = cooccurrence_pairs(docs, WINDOW)
print(len(pairs), pairs[:6])
# %%
cooc = tf.sparse.SparseTensor(indices=np.array(pairs, dtype="int64"),
                              values=tf.ones(len(pairs)), dense_shape=[VOCAB, VOCAB])
dense_counts = tf.sparse.to_dense(cooc)
print(dense_counts.numpy())
