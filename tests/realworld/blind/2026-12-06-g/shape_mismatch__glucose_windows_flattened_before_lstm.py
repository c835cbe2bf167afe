# source: https://github.com/tensorflow/tensorflow/issues/42986
# family: shape_mismatch
# raises: ValueError
# cause: 1:14
# raise: 2:3
# culprit: lstm | X_windows | ndim=3
# expect: make_windows flattens every window into one vector, so the model input is (None, 72) and the LSTM gets a 2-D tensor where it needs (batch, timesteps, features). Keep the windows 3-D, shape (N, 12, 6), and use Input(shape=(12, 6)).
# %%
import numpy as np
import keras

rng = np.random.default_rng(21)
WINDOW, N_FEAT = 12, 6
readings = rng.normal(size=(200, N_FEAT)).astype("float32")
glucose = rng.normal(size=200).astype("float32")

def make_windows(series, target, window):
    xs, ys = [], []
    for start in range(len(series) - window):
        xs.append(series[start:start + window])
        ys.append(target[start + window])
    return np.stack(xs).reshape(len(xs), -1), np.array(ys)

X_windows, y_next = make_windows(readings, glucose, WINDOW)
print(X_windows.shape, y_next.shape)
# %%
model = keras.Sequential()
model.add(keras.Input(shape=X_windows.shape[1:]))
model.add(keras.layers.LSTM(32, name="lstm"))
model.add(keras.layers.Dense(1))
model.compile("adam", "mse")
