# family: other
# raises: InvalidArgumentError
# culprit: score
import tensorflow as tf
path = "/tmp/tfmagic_variation_scores.tfrecord"
with tf.io.TFRecordWriter(path) as writer:
    for value in (0.25, 0.75):
        feature = {"score": tf.train.Feature(float_list=tf.train.FloatList(value=[value]))}
        writer.write(tf.train.Example(features=tf.train.Features(feature=feature))
                     .SerializeToString())
spec = {
    "score": tf.io.FixedLenFeature([1], tf.int64),  # <- cause
}
records = tf.data.TFRecordDataset(path).map(lambda r: tf.io.parse_single_example(r, spec))
first = next(iter(records))  # <- raises
