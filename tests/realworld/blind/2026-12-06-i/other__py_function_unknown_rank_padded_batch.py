# source: https://github.com/tensorflow/tensorflow/issues/16031
# family: other
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: tokenize | py_function | padded_shapes
# expect: tf.py_function returns a tensor of unknown rank, so padded_batch cannot infer what to pad ("You must provide padded_shapes ... unknown rank"). Set the shape inside the map (ids.set_shape([None])) or pass padded_shapes=[None].
# %%
import numpy as np
import tensorflow as tf
lines = tf.data.Dataset.from_tensor_slices(["1 2 3", "4 5", "6 7 8 9", "10"])
def _convert(line):
    return np.array(line.numpy().decode().split(), dtype=np.int32)
# %%
def tokenize(line):
    ids = tf.py_function(_convert, [line], tf.int32)
    return ids
token_ds = lines.map(tokenize)
# %%
batches = token_ds.padded_batch(2)
for b in batches:
    print(b.numpy())
