# source: https://github.com/tensorflow/tensorflow/issues/39414
# family: other
# raises: TypeError
# cause: 2:4
# raise: 3:1
# culprit: window | flat_map
# expect: The dataset elements are (features_dict, label) pairs, so window() yields a (dict of datasets, dataset) pair and flat_map calls its function with two arguments; lambda window: window.batch(...) takes one. Take both parts and zip them: flat_map(lambda feats, lab: tf.data.Dataset.zip(({k: v.batch(WINDOW) for k, v in feats.items()}, lab.batch(WINDOW)))).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(17)
frame = {"temp": rng.normal(size=100).astype("float32"), "humidity": rng.random(100).astype("float32")}
target = rng.random(100).astype("float32")
WINDOW = 5
# %%
def df_to_dataset(columns, labels, batch_size=16):
    ds = tf.data.Dataset.from_tensor_slices((columns, labels))
    ds = ds.window(WINDOW, shift=1, drop_remainder=True)
    ds = ds.flat_map(lambda window: window.batch(WINDOW, drop_remainder=True))
    return ds.batch(batch_size)
# %%
train_ts = df_to_dataset(frame, target)
