# source: https://github.com/keras-team/keras/issues/11480
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 2:4
# culprit: seq_shape | lstm
# expect: seq_shape was taken from the whole batch array (1, 6, 30), so the model's input becomes 4-D (None, 1, 6, 30) and the LSTM rejects it ("expected ndim=3, found ndim=4"). Use the per-sample shape input_batch.shape[1:] = (6, 30).
# %%
import numpy as np
import keras

rng = np.random.default_rng(41)
visit_codes = rng.integers(0, 12000, size=(6, 30)).astype(np.float32) / 12000.0
input_batch = np.expand_dims(visit_codes, 0)
is_positive = np.array([[1.0]])
print(input_batch.shape)
# %%
seq_shape = input_batch.shape
model = keras.Sequential()
model.add(keras.Input(shape=seq_shape))
model.add(keras.layers.LSTM(100, return_sequences=False))
model.add(keras.layers.Dense(1, activation="sigmoid"))
model.compile(loss="binary_crossentropy", optimizer="adam", metrics=["accuracy"])
