# family: other
# raises: OutOfRangeError
# culprit: repeat
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def batches(rows):
    pipeline = tf.data.Dataset.from_tensor_slices(rows)
    pipeline = pipeline.batch(4)  # <- cause
    return tf.compat.v1.data.make_one_shot_iterator(pipeline).get_next()

batch = batches(np.arange(12, dtype="float32"))
total = tf.reduce_sum(batch)
with tf.compat.v1.Session() as sess:
    for step in range(5):
        sess.run(total)  # <- raises
