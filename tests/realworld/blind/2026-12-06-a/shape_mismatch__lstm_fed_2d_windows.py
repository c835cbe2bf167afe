# source: https://github.com/tensorflow/tensorflow/issues/48138
# family: shape_mismatch
# raises: ValueError
# cause: 2:8, 2:4
# raise: 3:6
# culprit: x_windows | LSTM
# expect: make_windows returns x_windows of shape (440, 60): one window per row but no feature axis, while an LSTM needs 3-D input (batch, timesteps, features); Keras rejects ndim=2. Reshape the windows to (N, LOOKBACK, 1), e.g. x_windows[..., None].
# %%
import numpy as np
import keras
rng = np.random.default_rng(12)
prices = np.cumsum(rng.normal(size=500)).astype("float32")
LOOKBACK = 60
# %%
def make_windows(series, lookback):
    xs, ys = [], []
    for start in range(len(series) - lookback):
        xs.append(series[start:start + lookback])
        ys.append(series[start + lookback])
    return np.array(xs), np.array(ys)

x_windows, y_next = make_windows(prices, LOOKBACK)
print(x_windows.shape)
# %%
price_rnn = keras.Sequential([
    keras.layers.LSTM(32),
    keras.layers.Dense(1),
])
price_rnn.compile(optimizer="adam", loss="mse")
price_rnn.fit(x_windows, y_next, epochs=1, batch_size=64, verbose=0)
