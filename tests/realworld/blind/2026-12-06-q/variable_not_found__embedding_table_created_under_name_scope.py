# source: https://stackoverflow.com/questions/35919020/whats-the-difference-of-name-scope-and-a-variable-scope-in-tensorflow
# family: variable_not_found
# raises: ValueError
# cause: 2:2
# raise: 3:3
# culprit: embedder/table | name_scope
# expect: The table is created with get_variable inside tf.name_scope("embedder"), which get_variable ignores, so it is called plain "table"; the document side then asks variable_scope("embedder", reuse=True) for embedder/table, which was never created. Create the table under tf.compat.v1.variable_scope("embedder") instead of name_scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
EMB_DIM = 6
VOCAB = 50
# %%
def token_embedding(ids):
    with tf.name_scope("embedder"):
        table = tf.compat.v1.get_variable("table", [VOCAB, EMB_DIM])
    return tf.nn.embedding_lookup(table, ids)

query_ids = tf.compat.v1.placeholder(tf.int32, [None, 5], name="query_ids")
query_vec = tf.reduce_mean(token_embedding(query_ids), axis=1)
# %%
doc_ids = tf.compat.v1.placeholder(tf.int32, [None, 20], name="doc_ids")
with tf.compat.v1.variable_scope("embedder", reuse=True):
    shared_table = tf.compat.v1.get_variable("table", [VOCAB, EMB_DIM])
doc_vec = tf.reduce_mean(tf.nn.embedding_lookup(shared_table, doc_ids), axis=1)
