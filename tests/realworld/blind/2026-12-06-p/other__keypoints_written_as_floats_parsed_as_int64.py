# source: https://github.com/ethanyanjiali/deep-vision/issues/13
# family: other
# raises: InvalidArgumentError
# cause: 2:3, 2:4
# raise: 3:1
# culprit: kp/y | FixedLenFeature | int64
# expect: The export cell stores the normalised keypoint coordinates as float_list, but POSE_SPEC parses kp/x and kp/y as tf.int64, so parsing fails with "Data types don't match". Parse them as tf.float32 (or write integer pixel coordinates).
# %%
import numpy as np
import tensorflow as tf

RECORD_PATH = "/tmp/b16_pose_records.tfrecord"
rng = np.random.default_rng(2)

def float_feature(values):
    return tf.train.Feature(float_list=tf.train.FloatList(value=list(values)))

with tf.io.TFRecordWriter(RECORD_PATH) as writer:
    for person in range(6):
        xs, ys = rng.random(4), rng.random(4)
        ex = tf.train.Example(features=tf.train.Features(feature={
            "kp/x": float_feature(xs),
            "kp/y": float_feature(ys),
            "person": tf.train.Feature(int64_list=tf.train.Int64List(value=[person])),
        }))
        writer.write(ex.SerializeToString())
# %%
POSE_SPEC = {
    "person": tf.io.FixedLenFeature([], tf.int64),
    "kp/x": tf.io.FixedLenFeature([4], tf.int64),
    "kp/y": tf.io.FixedLenFeature([4], tf.int64),
}

def to_heatmap_inputs(serialized):
    parsed = tf.io.parse_single_example(serialized, POSE_SPEC)
    return tf.stack([parsed["kp/x"], parsed["kp/y"]], axis=-1), parsed["person"]

pose_ds = tf.data.TFRecordDataset(RECORD_PATH).map(to_heatmap_inputs).batch(3)
# %%
coords, people = next(iter(pose_ds))
