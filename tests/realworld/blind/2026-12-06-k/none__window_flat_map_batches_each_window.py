# source: https://github.com/tensorflow/tensorflow/issues/43703
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The series is windowed with window(WINDOW + 1, shift=1, drop_remainder=True) and each nested window dataset is flattened with flat_map(lambda w: w.batch(WINDOW + 1)), so the later map/batch see dense tensors and the model trains; the window/flat_map pairing is correct.
# %%
import numpy as np
import tensorflow as tf
import keras

WINDOW = 6
rng = np.random.default_rng(43)
load_kw = (np.sin(np.arange(120) / 6.0) + rng.normal(scale=0.1, size=120)).astype("float32")
# %%
def make_windows(series, window, batch_size=8):
    ds = tf.data.Dataset.from_tensor_slices(series)
    ds = ds.window(window + 1, shift=1, drop_remainder=True)
    ds = ds.flat_map(lambda w: w.batch(window + 1))
    ds = ds.map(lambda w: (w[:-1], w[-1:]))
    return ds.shuffle(64, seed=3).batch(batch_size)

train_windows = make_windows(load_kw, WINDOW)
print(train_windows.element_spec)
# %%
forecaster = keras.Sequential([keras.Input((WINDOW,)),
                               keras.layers.Dense(16, activation="relu"),
                               keras.layers.Dense(1)])
forecaster.compile(optimizer="adam", loss="mse")
forecaster.fit(train_windows, epochs=2, verbose=0)
print(forecaster.evaluate(train_windows, verbose=0))
