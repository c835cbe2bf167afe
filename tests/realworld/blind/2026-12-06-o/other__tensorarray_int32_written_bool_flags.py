# source: https://github.com/tensorflow/tensorflow/issues/10736
# family: other
# raises: InvalidArgumentError
# cause: 2:5, 2:3
# raise: 3:1
# culprit: flags | TensorArray
# expect: the TensorArray is declared tf.int32 but each write stores `series[i] > threshold`, a bool; TensorFlow refuses to write dtype bool into an int32 TensorArray. Cast the comparison with tf.cast(..., tf.int32) or declare the TensorArray as tf.bool.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(21)
readings = tf.constant(rng.normal(size=50).astype(np.float32) * 2.0)
# %%
@tf.function
def flag_spikes(series, threshold):
    flags = tf.TensorArray(tf.int32, size=tf.shape(series)[0])
    for i in tf.range(tf.shape(series)[0]):
        flags = flags.write(i, series[i] > threshold)
    return flags.stack()
# %%
spike_flags = flag_spikes(readings, 2.5)
print(int(tf.reduce_sum(spike_flags)))
