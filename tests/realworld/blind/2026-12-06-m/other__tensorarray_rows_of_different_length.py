# source: https://github.com/tensorflow/tensorflow/issues/39323
# family: other
# raises: InvalidArgumentError
# cause: 2:6
# raise: 3:1
# culprit: TensorArray | expanded
# expect: Each loop iteration writes a row of length counts[i] into the TensorArray, but a TensorArray holds elements of one shape, so stacking rows of length 1, 2 and 3 fails ("Incompatible shapes during merge"). Pad each row to a fixed width before writing, or build a RaggedTensor (tf.RaggedTensor.from_row_lengths) instead.
# %%
import numpy as np
import tensorflow as tf

token_vectors = tf.constant(np.arange(12, dtype="float32").reshape(3, 4))
repeat_counts = tf.constant([1, 2, 3])
# %%
@tf.function
def expand_by_duration(vectors, counts):
    expanded = tf.TensorArray(tf.float32, size=tf.shape(counts)[0])
    for i in tf.range(tf.shape(counts)[0]):
        row = tf.repeat(vectors[i][None, :], counts[i], axis=0)
        expanded = expanded.write(i, tf.reduce_sum(row, axis=1))
    return expanded.stack()
# %%
frames = expand_by_duration(token_vectors, repeat_counts)
print(frames.shape)
