# source: https://openillumi.com/en/en-tensorflow-window-flatmap-dataset-nesting
# family: other
# raises: TypeError
# cause: 2:4, 2:3
# raise: 3:1
# culprit: window | flat_map | _VariantDataset
# expect: Dataset.window() yields a dataset of datasets, so the map lambda receives a nested _VariantDataset and cannot slice w[:-1]. Flatten each window into a tensor first: ds.flat_map(lambda w: w.batch(window_size + 1)) before splitting features and label.
# %%
import numpy as np
import tensorflow as tf

time = np.arange(400, dtype="float32")
series = np.sin(time / 20.0) + 0.1 * np.random.default_rng(0).normal(size=400).astype("float32")
split = 300
train_series, valid_series = series[:split], series[split:]
# %%
def windowed_dataset(values, window_size, batch_size, shuffle_buffer):
    ds = tf.data.Dataset.from_tensor_slices(values)
    ds = ds.window(window_size + 1, shift=1, drop_remainder=True)
    ds = ds.map(lambda w: (w[:-1], w[-1]))
    ds = ds.shuffle(shuffle_buffer)
    return ds.batch(batch_size).prefetch(1)
# %%
train_ds = windowed_dataset(train_series, window_size=20, batch_size=32, shuffle_buffer=100)
for x, y in train_ds.take(1):
    print(x.shape, y.shape)
