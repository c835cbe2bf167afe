# source: https://github.com/tensorflow/tensorflow/issues/43842
# family: other
# raises: InvalidArgumentError
# cause: 2:6, 2:7
# raise: 3:1
# culprit: VOCAB_SIZE | dense_shape
# expect: Token ids are 1-based (0 is reserved for padding), so the largest id equals VOCAB_SIZE, but the sparse bag-of-words matrix and the embedding table are sized VOCAB_SIZE; sparse_dense_matmul finds a column index equal to the inner dimension and rejects it. Size the dense_shape and the table as VOCAB_SIZE + 1 (or shift the ids to 0-based).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(38)
VOCAB_SIZE = 50
docs = [rng.integers(1, VOCAB_SIZE + 1, size=rng.integers(4, 10)) for _ in range(6)]
docs[2][0] = VOCAB_SIZE
# %%
indices, values = [], []
for row, ids in enumerate(docs):
    for tok, count in zip(*np.unique(ids, return_counts=True)):
        indices.append([row, int(tok)])
        values.append(float(count))
bow = tf.sparse.SparseTensor(indices=indices, values=tf.constant(values, tf.float32), dense_shape=[len(docs), VOCAB_SIZE])
embedding_table = tf.Variable(tf.random.normal([VOCAB_SIZE, 8], seed=1), name="embedding_table")
# %%
doc_vectors = tf.sparse.sparse_dense_matmul(bow, embedding_table)
doc_vectors = doc_vectors / tf.reduce_sum(tf.sparse.to_dense(bow), axis=1, keepdims=True)
print(doc_vectors.shape)
