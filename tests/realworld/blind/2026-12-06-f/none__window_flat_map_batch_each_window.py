# source: https://github.com/tensorflow/tensorflow/issues/23581
# family: none
# raises: NONE
# cause: 2:2
# raise: NONE
# culprit: flat_map
# expect: nothing to report: each window sub-dataset is turned into a tensor with w.batch(size) inside flat_map before splitting into inputs and target.
# %%
import numpy as np
import tensorflow as tf

size = 4
readings = np.cos(np.arange(40) / 5.0).astype("float32")
# %%
ds = tf.data.Dataset.from_tensor_slices(readings).window(size, shift=1, drop_remainder=True)
ds = ds.flat_map(lambda w: w.batch(size))
ds = ds.map(lambda w: (w[:-1], w[-1])).batch(8)
for xb, yb in ds.take(1):
    print(xb.shape, yb.shape)
