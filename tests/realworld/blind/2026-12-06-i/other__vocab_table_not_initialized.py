# source: https://github.com/google/seq2seq/issues/297
# family: other
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:3
# culprit: tables_initializer | vocab_table
# expect: The vocabulary lookup table is initialized by tables_initializer(), not by global_variables_initializer(); the lookup runs on an uninitialized table ("Table not initialized"). Run tf.compat.v1.tables_initializer() in the session too.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
VOCAB = ["<unk>", "the", "model", "learns", "words"]
sentences = np.array([b"the model learns", b"words the model"])
# %%
vocab_table = tf.compat.v1.lookup.StaticHashTable(
    tf.compat.v1.lookup.KeyValueTensorInitializer(tf.constant(VOCAB), tf.range(len(VOCAB), dtype=tf.int64)), 0)
src = tf.compat.v1.placeholder(tf.string, [None], name="src")
tokens = tf.compat.v1.string_split(src, " ")
ids = vocab_table.lookup(tokens.values)
emb = tf.compat.v1.get_variable("emb", [len(VOCAB), 4])
vecs = tf.nn.embedding_lookup(emb, ids)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(vecs, feed_dict={src: sentences}))
