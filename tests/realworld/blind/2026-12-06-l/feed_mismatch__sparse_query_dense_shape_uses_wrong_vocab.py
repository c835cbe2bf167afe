# source: https://github.com/fwd4/dssm/issues/3
# family: feed_mismatch
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:9
# culprit: TRIGRAM_DIM | query_in
# expect: to_sparse_batch builds each SparseTensorValue with dense_shape [batch, TRIGRAM_DIM] where TRIGRAM_DIM was set to the raw hash space (5000), while the query placeholder and the projection weights use the 4096-trigram vocabulary; SparseTensorDenseMatMul then sees an inner dimension of 5000 against 4096. Build the fed dense_shape from the vocabulary size the graph was made with (VOCAB_DIM).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

VOCAB_DIM = 4096
HIDDEN = 32
rng = np.random.default_rng(21)
queries = [rng.choice(VOCAB_DIM, size=rng.integers(3, 9), replace=False) for _ in range(12)]
docs = [rng.choice(VOCAB_DIM, size=rng.integers(3, 9), replace=False) for _ in range(12)]
# %%
HASH_SPACE = 5000
TRIGRAM_DIM = HASH_SPACE

def to_sparse_batch(id_lists):
    indices, values = [], []
    for row, ids in enumerate(id_lists):
        for col in sorted(ids):
            indices.append([row, col])
            values.append(1.0)
    return tf.compat.v1.SparseTensorValue(np.array(indices, np.int64), np.array(values, np.float32), np.array([len(id_lists), TRIGRAM_DIM], np.int64))

q_batch = to_sparse_batch(queries[:6])
d_batch = to_sparse_batch(docs[:6])
# %%
query_in = tf.compat.v1.sparse_placeholder(tf.float32, shape=[None, VOCAB_DIM], name="query_in")
doc_in = tf.compat.v1.sparse_placeholder(tf.float32, shape=[None, VOCAB_DIM], name="doc_in")
proj = tf.compat.v1.get_variable("proj", [VOCAB_DIM, HIDDEN])
q_vec = tf.nn.l2_normalize(tf.sparse.sparse_dense_matmul(query_in, proj), axis=1)
d_vec = tf.nn.l2_normalize(tf.sparse.sparse_dense_matmul(doc_in, proj), axis=1)
cosine = tf.reduce_sum(q_vec * d_vec, axis=1)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(cosine, {query_in: q_batch, doc_in: d_batch}))
