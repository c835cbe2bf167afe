# source: https://github.com/keras-team/keras/issues/12958
# family: shape_mismatch
# raises: ValueError
# cause: 2:5
# raise: 4:1
# culprit: X_train | lstm
# expect: series_to_supervised returns a 2-D (samples, lags) table and it goes into the LSTM unchanged, but an LSTM needs (samples, timesteps, features) ("expected ndim=3, found ndim=2"). Reshape X_train to (n, N_LAGS, 1) before fitting.
# %%
import numpy as np
import keras
rng = np.random.default_rng(21)
load = rng.normal(size=200).astype("float32")
N_LAGS = 6
# %%
def series_to_supervised(series, n_lags):
    rows = [series[i:i + n_lags] for i in range(len(series) - n_lags)]
    return np.stack(rows), series[n_lags:]
X_lag, y_next = series_to_supervised(load, N_LAGS)
X_train, y_train = X_lag[:150], y_next[:150]
# %%
forecaster = keras.Sequential([
    keras.layers.LSTM(16),
    keras.layers.Dense(1),
])
forecaster.compile(optimizer="adam", loss="mse")
# %%
forecaster.fit(X_train, y_train, epochs=1, batch_size=32, verbose=0)
