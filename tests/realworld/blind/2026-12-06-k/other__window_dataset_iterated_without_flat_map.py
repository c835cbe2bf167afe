# source: https://github.com/tensorflow/tensorflow/issues/30664
# family: other
# raises: AttributeError
# cause: 2:3
# raise: 3:3
# culprit: window | flat_map | _VariantDataset
# expect: Dataset.window() yields one small Dataset per window (a _VariantDataset), not a tensor, so calling .numpy() on an element fails ("'_VariantDataset' object has no attribute 'numpy'"). Flatten the windows into tensors with .flat_map(lambda w: w.batch(WINDOW)) right after window().
# %%
import numpy as np
import tensorflow as tf

WINDOW, SHIFT = 5, 2
rng = np.random.default_rng(40)
sensor = np.cumsum(rng.normal(size=60)).astype("float32")
# %%
def make_windows(series):
    ds = tf.data.Dataset.from_tensor_slices(series)
    ds = ds.window(WINDOW, shift=SHIFT, drop_remainder=True)
    return ds
# %%
windows = make_windows(sensor)
for win in windows.take(3):
    values = win.numpy()
    print(values.mean(), values.std())
