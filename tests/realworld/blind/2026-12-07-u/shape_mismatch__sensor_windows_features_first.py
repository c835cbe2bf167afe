# source: https://github.com/tensorflow/tensorflow/issues/46076
# family: shape_mismatch
# raises: ValueError
# cause: 1:10
# raise: 3:1
# culprit: windows | N_SENSORS
# expect: make_windows stacks the sensor channels on axis 1, so windows has shape (n, 7, 48) = (samples, sensors, timesteps), while the LSTM was built for inputs of shape (timesteps=48, features=7); each step then has 48 features and the LSTM cell's MatMul fails with input shapes [?,48] and [7,64]. Stack on the last axis (or transpose windows to (n, 48, 7)).
# %%
import numpy as np
import keras

N_SENSORS, STEPS = 7, 48
readings = np.random.randn(2000, N_SENSORS).astype("float32")
targets = readings[:, 0] * 0.5

def make_windows(series, steps):
    chunks = [series[i:i + steps] for i in range(0, len(series) - steps, steps // 2)]
    return np.stack([c.T for c in chunks], axis=0)

windows = make_windows(readings, STEPS)
y = targets[STEPS:STEPS + len(windows) * (STEPS // 2):STEPS // 2][:len(windows)]
print(windows.shape, y.shape)
# %%
forecaster = keras.Sequential([
    keras.Input((STEPS, N_SENSORS)),
    keras.layers.LSTM(16),
    keras.layers.Dense(1),
])
forecaster.compile(optimizer="adam", loss="mse")
# %%
forecaster.fit(windows, y, epochs=1, batch_size=16, verbose=0)
