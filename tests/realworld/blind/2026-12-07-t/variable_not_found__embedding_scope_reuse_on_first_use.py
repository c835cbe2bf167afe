# source: http://runxinzhi.com/ChenKe-cheng-p-9968207.html
# family: variable_not_found
# raises: ValueError
# cause: 2:2
# raise: 3:2
# culprit: embedding/table | embedding
# expect: the embedding scope is opened with reuse=True on the very first build, so get_variable looks for an existing embedding/table that was never created; use reuse=tf.compat.v1.AUTO_REUSE (or reuse only on the second call)
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
def embed_tokens(ids, vocab=500, dim=16):
    with tf.compat.v1.variable_scope("embedding", reuse=True):
        table = tf.compat.v1.get_variable("table", [vocab, dim])
    return tf.nn.embedding_lookup(table, ids)
# %%
token_ids = tf.compat.v1.placeholder(tf.int32, [None, 12])
vectors = embed_tokens(token_ids)
