# source: https://github.com/shahrukhqasim/TIES-2.0/issues/10
# family: other
# raises: DataLossError
# cause: 2:11
# raise: 3:1
# culprit: TFRecordDataset | compression_type | GZIP
# expect: The shards were written with GZIP compression (WRITE_OPTIONS in the export cell) but TFRecordDataset is opened without compression_type, so the reader sees gzip bytes as records: "corrupted record at 0". Pass compression_type="GZIP" to TFRecordDataset.
# %%
import os
import numpy as np
import tensorflow as tf

SHARD_DIR = "/tmp/b16_table_shards"
os.makedirs(SHARD_DIR, exist_ok=True)
WRITE_OPTIONS = tf.io.TFRecordOptions(compression_type="GZIP")

def cell_example(cell_id, text_len, box):
    feats = {
        "cell_id": tf.train.Feature(int64_list=tf.train.Int64List(value=[cell_id])),
        "text_len": tf.train.Feature(int64_list=tf.train.Int64List(value=[text_len])),
        "box": tf.train.Feature(float_list=tf.train.FloatList(value=box)),
    }
    return tf.train.Example(features=tf.train.Features(feature=feats)).SerializeToString()

rng = np.random.default_rng(5)
shard_path = os.path.join(SHARD_DIR, "tables-00000.tfrecord.gz")
with tf.io.TFRecordWriter(shard_path, options=WRITE_OPTIONS) as writer:
    for i in range(12):
        writer.write(cell_example(i, int(rng.integers(1, 30)), rng.random(4).tolist()))
# %%
FEATURE_SPEC = {
    "cell_id": tf.io.FixedLenFeature([], tf.int64),
    "text_len": tf.io.FixedLenFeature([], tf.int64),
    "box": tf.io.FixedLenFeature([4], tf.float32),
}

def parse_cell(record):
    return tf.io.parse_single_example(record, FEATURE_SPEC)

shard_files = sorted(tf.io.gfile.glob(os.path.join(SHARD_DIR, "*.tfrecord.gz")))
cells_ds = tf.data.TFRecordDataset(shard_files).map(parse_cell).batch(4)
# %%
first_batch = next(iter(cells_ds))
print(first_batch["box"].shape)
