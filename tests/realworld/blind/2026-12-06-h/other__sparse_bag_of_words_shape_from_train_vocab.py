# source: https://github.com/tensorflow/tensorflow/issues/27356
# family: other
# raises: InvalidArgumentError
# cause: 1:7
# raise: 3:3
# culprit: dense_shape | VOCAB_SIZE
# expect: The SparseTensor's dense_shape uses VOCAB_SIZE counted on the training documents (5 terms), but the documents are encoded with the full 7-term index, so "tax" (id 5) in the test set lies outside the declared shape and to_dense reports the index out of bounds. Build dense_shape from the same vocabulary used to encode the documents (max id + 1 / len(full_vocab)).
# %%
import numpy as np
import tensorflow as tf

train_docs = [["tax", "refund"], ["refund", "late", "fee"], ["fee", "waiver", "tax"]]
test_docs = [["late", "refund"], ["penalty", "interest", "tax"]]
full_vocab = sorted({w for d in train_docs + test_docs for w in d})
VOCAB_SIZE = len({w for d in train_docs for w in d})
word_index = {w: i for i, w in enumerate(full_vocab)}
# %%
def to_sparse_bow(docs):
    indices, values = [], []
    for row, doc in enumerate(docs):
        for col in sorted({word_index[w] for w in doc}):
            indices.append([row, col])
            values.append(float(doc.count(full_vocab[col])))
    return tf.SparseTensor(indices=indices, values=values, dense_shape=[len(docs), VOCAB_SIZE])
# %%
test_bow = to_sparse_bow(test_docs)
print(test_bow.dense_shape.numpy())
dense_test = tf.sparse.to_dense(test_bow)
