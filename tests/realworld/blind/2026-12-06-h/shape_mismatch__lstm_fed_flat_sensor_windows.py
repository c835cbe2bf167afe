# source: https://github.com/keras-team/keras/issues/1641
# family: shape_mismatch
# raises: ValueError
# cause: 1:9, 1:13
# raise: 3:1
# culprit: X_train | LSTM
# expect: make_windows returns 2-D windows of shape (samples, 60), but an LSTM needs (samples, timesteps, features); the first batch reaches the LSTM as (None, 60) ("expected ndim=3, found ndim=2"). Add the feature axis when building the windows (X_train[..., np.newaxis], i.e. shape (samples, 60, 1)).
# %%
import numpy as np
import keras

rng = np.random.default_rng(130)
readings = np.cumsum(rng.normal(size=2000)).astype("float32")
WINDOW = 60

def make_windows(series, window):
    xs = np.stack([series[i:i + window] for i in range(len(series) - window)])
    ys = series[window:]
    return xs, ys

X_train, y_train = make_windows(readings, WINDOW)
# %%
model = keras.Sequential()
model.add(keras.layers.LSTM(32, return_sequences=True))
model.add(keras.layers.LSTM(16))
model.add(keras.layers.Dense(1))
model.compile(loss="mse", optimizer="rmsprop")
# %%
model.fit(X_train, y_train, batch_size=64, epochs=1, validation_split=0.1, verbose=0)
