# source: https://github.com/tensorflow/tensorflow/issues/31600
# family: shape_mismatch
# raises: ValueError
# cause: 3:3
# raise: 3:3
# culprit: sensor_row | predict
# expect: predict() is given one sample as a 1-D array of shape (7,), which Keras reads as a batch of 7 scalars instead of one row of 7 features, so the input shape check fails (expected (None, 7)). Add the batch axis: sensor_row[None, :] or reshape(1, 7).
# %%
import numpy as np
import keras

rng = np.random.default_rng(121)
readings = rng.normal(size=(300, 7)).astype(np.float32)
energy = readings @ rng.normal(size=7).astype(np.float32)
# %%
regressor = keras.Sequential([keras.Input((7,)), keras.layers.Dense(12, activation="relu"),
                              keras.layers.Dense(12, activation="relu"), keras.layers.Dense(1)])
regressor.compile(optimizer="adam", loss="mse")
regressor.fit(readings, energy, epochs=2, batch_size=32, verbose=0)
# %%
sensor_row = np.array([0.1, -0.3, 0.0, 0.7, 1.2, -0.5, 0.2], dtype=np.float32)
print(sensor_row.shape)
estimate = regressor.predict(sensor_row, verbose=0)
