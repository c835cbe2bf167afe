# source: https://github.com/imcaspar/gpt2-ml/issues/64
# family: other
# raises: InvalidArgumentError
# cause: 1:10, 2:2
# raise: 3:1
# culprit: input_ids | MAX_SEQ_LEN
# expect: The writer appends an end-of-text id after MAX_SEQ_LEN tokens, so each record stores 11 input_ids while the parse spec is FixedLenFeature([MAX_SEQ_LEN]) = 10 values; parsing fails when the dataset is iterated ("Key: input_ids. Can't parse serialized Example"). Write exactly MAX_SEQ_LEN ids (truncate before adding EOT) or parse with the written length.
# %%
import numpy as np
import tensorflow as tf
MAX_SEQ_LEN = 10
EOT_ID = 0
RECORD_PATH = "/tmp/b17_tokens.tfrecord"
rng = np.random.default_rng(18)
with tf.io.TFRecordWriter(RECORD_PATH) as writer:
    for _ in range(4):
        ids = list(rng.integers(1, 100, size=MAX_SEQ_LEN))
        ids.append(EOT_ID)
        feature = {"input_ids": tf.train.Feature(int64_list=tf.train.Int64List(value=ids))}
        writer.write(tf.train.Example(features=tf.train.Features(feature=feature)).SerializeToString())
# %%
def parse_record(serialized):
    spec = {"input_ids": tf.io.FixedLenFeature([MAX_SEQ_LEN], tf.int64)}
    return tf.io.parse_single_example(serialized, spec)["input_ids"]
token_ds = tf.data.TFRecordDataset(RECORD_PATH).map(parse_record).batch(2)
# %%
first_batch = next(iter(token_ds))
