# source: https://openillumi.com/en/en-keras-conv1d-fix-ndim3-error
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 2:2
# culprit: series_input | Conv1D
# expect: series_input is declared with shape (30,), so the Conv1D layer receives a rank-2 (None, 30) tensor while it needs (batch, steps, channels). Declare the input as Input(shape=(WINDOW, 1)) and give the windows a trailing channel axis (windows[..., None]).
# %%
import numpy as np
import keras
from keras import layers
WINDOW = 30
flow = np.random.rand(500).astype("float32")
windows = np.stack([flow[i:i + WINDOW] for i in range(400)])
targets = flow[WINDOW:WINDOW + 400]
# %%
series_input = keras.Input(shape=(windows.shape[1],), name="series_input")
x = layers.Conv1D(filters=32, kernel_size=5, strides=1, padding="causal", activation="relu")(series_input)
x = layers.GlobalAveragePooling1D()(x)
flow_out = layers.Dense(1)(x)
traffic_model = keras.Model(series_input, flow_out)
