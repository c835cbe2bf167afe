# source: https://github.com/shreyans29/thesemicolon/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 1:7
# raise: 2:1
# culprit: x_train | LSTM
# expect: The windows are stacked into a 2-D array (samples, 15) without a feature axis, so input_shape=x_train.shape[1:] is (15,) and the LSTM gets ndim=2 instead of (batch, timesteps, features); reshape to (samples, 15, 1) when building the windows.
# %%
import numpy as np
import keras

series = np.sin(np.linspace(0, 40, 400)).astype("float32")
WINDOW = 15
starts = range(len(series) - WINDOW - 1)
x_train = np.stack([series[s:s + WINDOW] for s in starts])
y_train = np.array([series[s + WINDOW] for s in starts], dtype="float32")
print(x_train.shape, y_train.shape)
# %%
forecaster = keras.Sequential([
    keras.Input(shape=x_train.shape[1:]),
    keras.layers.LSTM(32, return_sequences=False),
    keras.layers.Dense(1),
])
forecaster.compile("adam", "mse")
