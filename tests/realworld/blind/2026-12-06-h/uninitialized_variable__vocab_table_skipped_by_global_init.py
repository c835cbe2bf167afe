# source: https://github.com/tensorflow/transform/issues/35
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:3
# culprit: tables_initializer | hash_table
# expect: The vocabulary StaticHashTable is a graph resource with its own initializer, which global_variables_initializer() does not run; the lookup then fails with "Table not initialized". Run tf.compat.v1.tables_initializer() in the session (or group it with the variable initializer) before evaluating token_ids.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

reviews = ["great phone, great battery", "battery died fast", "screen is great"]
vocab = sorted({tok.strip(",") for text in reviews for tok in text.split()})
# %%
text_in = tf.compat.v1.placeholder(tf.string, [None])
tokens = tf.strings.split(tf.strings.regex_replace(text_in, ",", ""))
table = tf.lookup.StaticHashTable(
    tf.lookup.KeyValueTensorInitializer(tf.constant(vocab), tf.range(len(vocab), dtype=tf.int64)),
    default_value=-1)
token_ids = table.lookup(tokens.flat_values)
embedding = tf.compat.v1.get_variable("embedding", [len(vocab) + 1, 4])
vectors = tf.nn.embedding_lookup(embedding, token_ids + 1)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
print(sess.run(token_ids, feed_dict={text_in: reviews}))
