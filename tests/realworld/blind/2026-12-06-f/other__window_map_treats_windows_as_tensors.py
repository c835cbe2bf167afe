# source: https://github.com/tensorflow/tensorflow/issues/44046
# family: other
# raises: TypeError
# cause: 2:2, 2:4
# raise: 2:4
# culprit: window | flat_map
# expect: Dataset.window yields sub-datasets, not tensors, so the map function cannot slice/normalize them; flat_map each window with w.batch(WINDOW) first (or use tf.keras.utils.timeseries_dataset_from_array).
# %%
import numpy as np
import tensorflow as tf

WINDOW = 10
series = np.sin(np.arange(200) / 8.0).astype("float32")
# %%
ds = tf.data.Dataset.from_tensor_slices(series)
ds = ds.window(WINDOW + 1, shift=1, drop_remainder=True)
split = lambda w: (w[:-1], w[-1])
ds = ds.map(split).batch(32)
