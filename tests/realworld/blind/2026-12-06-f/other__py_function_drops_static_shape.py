# source: https://github.com/ajaech/query_completion/issues/7
# family: other
# raises: ValueError
# cause: 2:6
# raise: 3:3
# culprit: py_function | set_shape
# expect: tf.py_function returns tensors with unknown shape, so the Dense layer cannot build its kernel; call feats.set_shape([FEATURES]) on the py_function output in the map function.
# %%
import numpy as np
import tensorflow as tf
import keras

FEATURES = 6
raw = np.random.default_rng(9).random((40, FEATURES)).astype("float32")
target = raw.sum(axis=1, keepdims=True)
# %%
def standardize(row):
    r = row.numpy()
    return ((r - r.mean()) / (r.std() + 1e-6)).astype("float32")

def to_features(row, y):
    feats = tf.py_function(standardize, [row], tf.float32)
    return feats, y

train_ds = tf.data.Dataset.from_tensor_slices((raw, target)).map(to_features).batch(8)
# %%
model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
model.compile("adam", "mse")
model.fit(train_ds, epochs=1, verbose=0)
