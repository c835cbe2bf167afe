# source: https://github.com/keras-team/keras/issues/2045
# family: other
# raises: ValueError
# cause: 2:2
# raise: 4:1
# culprit: sensor_rows | seq_model
# expect: The LSTM expects 3-D input (samples, timesteps, features) but sensor_rows is a 2-D (900, 10) table, so the first LSTM layer reports expected ndim=3, found ndim=2. Reshape the data into windows, e.g. sensor_rows.reshape(180, 5, 10) with one label per window (or add a timesteps axis) before fitting.
# %%
import numpy as np
from tensorflow import keras
# %%
rng = np.random.default_rng(4)
sensor_rows = rng.normal(size=(900, 10)).astype("float32")
row_labels = (sensor_rows[:, 0] > 0).astype("float32")
# %%
seq_model = keras.Sequential([
    keras.layers.LSTM(32),
    keras.layers.Dense(1, activation="sigmoid"),
])
seq_model.compile(optimizer="rmsprop", loss="binary_crossentropy")
# %%
seq_model.fit(sensor_rows, row_labels, batch_size=64, epochs=2, verbose=0)
