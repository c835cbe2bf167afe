# source: https://github.com/tensorflow/tensorflow/issues/57976
# family: other
# raises: TypeError
# cause: 2:4
# raise: 2:6
# culprit: value_dtype | int32 | TextFileInitializer
# expect: The vocabulary table is built from a TextFileInitializer with value_dtype=tf.int32 (to save memory), but StaticVocabularyTable only accepts int64 values and rejects it. Use value_dtype=tf.int64 and cast the looked-up ids to int32 afterwards if needed.
# %%
import os, tempfile
import tensorflow as tf

vocab_dir = tempfile.mkdtemp()
vocab_file = os.path.join(vocab_dir, "item_vocab.txt")
with open(vocab_file, "w") as f:
    f.write("\n".join(f"{item_id} {rank}" for rank, item_id in enumerate([1001, 1007, 1042, 1100])))
# %%
initializer = tf.lookup.TextFileInitializer(
    vocab_file,
    key_dtype=tf.int64, key_index=0,
    value_dtype=tf.int32, value_index=1,
    delimiter=" ")
vocab_table = tf.lookup.StaticVocabularyTable(initializer, num_oov_buckets=1)
print(vocab_table.lookup(tf.constant([1007, 9999], tf.int64)))
