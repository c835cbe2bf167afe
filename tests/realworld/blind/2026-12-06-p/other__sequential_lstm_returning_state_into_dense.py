# source: https://github.com/tensorflow/tensorflow/issues/36624
# family: other
# raises: ValueError
# cause: 2:6
# raise: 3:1
# culprit: return_state | LSTM
# expect: The LSTM is created with return_state=True, so it outputs [output, h, c] and the following Dense in the Sequential stack receives three tensors ("expects 1 input(s), but it received 3"). Drop return_state in a Sequential model (or use the functional API and pass only the first output on).
# %%
import numpy as np
import keras

rng = np.random.default_rng(14)
windows = rng.random((24, 10, 3)).astype("float32")
next_load = rng.random((24, 1)).astype("float32")
# %%
CFG = {"window": 10, "features": 3, "units": 16}

def build_forecaster(cfg):
    return keras.Sequential([
        keras.Input((cfg["window"], cfg["features"])),
        keras.layers.LSTM(cfg["units"], return_state=True),
        keras.layers.Dense(1),
    ])
# %%
forecaster = build_forecaster(CFG)
forecaster.compile("adam", "mse")
forecaster.fit(windows, next_load, epochs=1, verbose=0)
