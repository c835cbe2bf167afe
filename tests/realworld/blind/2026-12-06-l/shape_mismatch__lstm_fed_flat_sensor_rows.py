# source: https://github.com/keras-team/keras/issues/6351
# family: shape_mismatch
# raises: ValueError
# cause: 1:7, 2:2
# raise: 2:3
# culprit: lstm | features
# expect: The sensor table was flattened to 2-D rows (samples, 6) while the LSTM needs 3-D input (samples, timesteps, features); input_shape=features.shape[1:] gives (6,), so the LSTM layer is built on 2-D input and rejects it. Reshape into windows first (e.g. features.reshape(-1, 5, 6)) and pass input_shape=(timesteps, features).
# %%
import numpy as np
import keras

rng = np.random.default_rng(44)
readings = rng.normal(size=(200, 6)).astype(np.float32)
next_load = readings[:, :1] * 0.5 + 0.1
features = readings.reshape(len(readings), -1)
targets = next_load
print(features.shape, targets.shape)
# %%
model = keras.Sequential()
model.add(keras.Input(shape=features.shape[1:]))
model.add(keras.layers.LSTM(32, return_sequences=False))
model.add(keras.layers.Dense(1))
model.compile(loss="mean_squared_error", optimizer="adam")
model.fit(features, targets, epochs=1, batch_size=32, verbose=0)
