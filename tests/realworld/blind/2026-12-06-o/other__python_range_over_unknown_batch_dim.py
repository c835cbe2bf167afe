# source: https://github.com/tensorflow/tensorflow/issues/8448
# family: other
# raises: TypeError
# cause: 2:4, 2:1
# raise: 3:1
# culprit: batch.shape[0] | range
# expect: under the input_signature the batch dimension is None while tracing, so range(batch.shape[0]) fails with "'NoneType' object cannot be interpreted as an integer"; vectorize the operation (batch - tf.reduce_mean(batch, axis=0)) or loop with tf.range(tf.shape(batch)[0]) and a TensorArray.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(91)
readings = tf.constant(rng.normal(size=(10, 6)).astype(np.float32))
# %%
@tf.function(input_signature=[tf.TensorSpec([None, 6], tf.float32)])
def centered_rows(batch):
    rows = []
    for i in range(batch.shape[0]):
        rows.append(batch[i] - tf.reduce_mean(batch, axis=0))
    return tf.stack(rows)
# %%
centered = centered_rows(readings)
print(centered.shape)
