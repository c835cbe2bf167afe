# source: https://github.com/molson194/LSTM-Stock-Prediction/issues/1
# family: shape_mismatch
# raises: ValueError
# cause: 1:8
# raise: 3:1
# culprit: X_train | np.reshape | window
# expect: The windows were reshaped to (samples, 1, 60, 2), adding a spurious axis, while the LSTM wants 3-D (samples, 60, 2) input. Reshape to (samples, WINDOW, n_features).
# %%
import numpy as np
import keras
WINDOW = 60
rng = np.random.default_rng(17)
prices = rng.random((300, 2)).astype("float32")
X_train = np.array([prices[i - WINDOW:i] for i in range(WINDOW, 300)])
y_train = prices[WINDOW:, 0]
X_train = np.reshape(X_train, (X_train.shape[0], 1, WINDOW, 2))
# %%
regressor = keras.Sequential([keras.Input((WINDOW, 2)), keras.layers.LSTM(16), keras.layers.Dense(1)])
regressor.compile(optimizer="adam", loss="mean_squared_error")
# %%
regressor.fit(X_train, y_train, epochs=1, batch_size=32, verbose=0)
