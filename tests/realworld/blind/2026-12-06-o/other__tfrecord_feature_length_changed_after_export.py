# source: https://github.com/shahrukhqasim/TIES-2.0/issues/47
# family: other
# raises: InvalidArgumentError
# cause: 2:2, 1:6
# raise: 3:1
# culprit: vitals | FixedLenFeature
# expect: the exporter now writes 5 values per "vitals" feature (a SpO2 column was added) but the parsing spec still says FixedLenFeature([4]), so parse_single_example fails with "Key: vitals. Can't parse serialized Example"; make the spec match the records (FixedLenFeature([N_VITALS])) or re-export with the old schema.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(23)
RECORD_PATH = "/tmp/b15_icu_vitals.tfrecord"
N_VITALS = 5   # heart rate, systolic, diastolic, temperature, SpO2

with tf.io.TFRecordWriter(RECORD_PATH) as writer:
    for _ in range(12):
        example = tf.train.Example(features=tf.train.Features(feature={
            "vitals": tf.train.Feature(float_list=tf.train.FloatList(value=rng.normal(size=N_VITALS))),
            "deteriorated": tf.train.Feature(int64_list=tf.train.Int64List(value=[int(rng.integers(0, 2))])),
        }))
        writer.write(example.SerializeToString())
# %%
FEATURE_SPEC = {
    "vitals": tf.io.FixedLenFeature([4], tf.float32),
    "deteriorated": tf.io.FixedLenFeature([], tf.int64),
}

def parse_record(raw):
    parsed = tf.io.parse_single_example(raw, FEATURE_SPEC)
    return parsed["vitals"], parsed["deteriorated"]

icu_ds = tf.data.TFRecordDataset(RECORD_PATH).map(parse_record).batch(4)
# %%
first_vitals, first_labels = next(iter(icu_ds))
print(first_vitals.shape, first_labels.numpy())
