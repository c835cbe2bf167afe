# source: https://github.com/tensorflow/tensorflow/issues/98186
# family: other
# raises: FailedPreconditionError
# cause: 2:1
# raise: 3:2
# culprit: vocab_keys | KeyValueTensorInitializer | apple
# expect: vocab_keys is the raw token stream of the corpus, so words repeat ("apple" appears twice) with different ids from tf.range; a StaticHashTable cannot hold two values for one key and initialization fails with "HashTable has different value for same key. Key apple has 0 and trying to add value 3". Build the keys from the unique tokens (tf.unique or a Python set/ordered dict).
# %%
import tensorflow as tf

corpus = ["apple banana cherry", "apple banana date elderberry"]
tokens = tf.strings.split(tf.constant(corpus))
print(tokens)
# %%
vocab_keys = tokens.flat_values
vocab_ids = tf.range(tf.size(vocab_keys, out_type=tf.int64), dtype=tf.int64)
# %%
init = tf.lookup.KeyValueTensorInitializer(vocab_keys, vocab_ids)
word_table = tf.lookup.StaticHashTable(init, default_value=-1)
print(word_table.lookup(tf.constant(["banana", "grape"])))
