# source: https://github.com/tensorflow/tensorflow/issues/39163
# family: other
# raises: TypeError
# cause: 2:1, 2:2
# raise: 3:1
# culprit: ragged_tokens | RaggedTensor
# expect: Slicing a tf.RaggedTensor gives a dataset whose elements are RaggedTensors, and padded_batch only accepts dense tensor elements. Convert each element (map(lambda t, y: (t.to_tensor(), y))) or build the dataset from a generator, or use ragged_batch instead.
# %%
import tensorflow as tf
token_ids = [[4, 12, 7], [9], [3, 3, 8, 1], [15, 2]]
labels = [1, 0, 1, 0]
# %%
ragged_tokens = tf.ragged.constant(token_ids)
ds = tf.data.Dataset.from_tensor_slices((ragged_tokens, labels))
# %%
batched = ds.padded_batch(2, padded_shapes=([None], []))
