# source: https://github.com/keras-team/keras/issues/1853
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 3:1
# raise: 3:1
# culprit: validation_split | batch_size | stateful
# expect: A stateful LSTM is fixed to batches of 8 (its state has batch size 8); validation_split=0.1 leaves 57 training windows, which is not a multiple of 8, so the last training batch has 1 sample and the state/input shapes clash during fit. With stateful RNNs every split must be a multiple of the batch size: choose the validation split (or trim the data) accordingly.
# %%
import numpy as np
import keras

rng = np.random.default_rng(18)
windows = rng.random((64, 20, 16)).astype("float32")
next_char = rng.integers(0, 16, size=64)
BATCH = 8
# %%
char_model = keras.Sequential([
    keras.Input((20, 16), batch_size=BATCH),
    keras.layers.LSTM(32, stateful=True),
    keras.layers.Dense(16, activation="softmax"),
])
char_model.compile(optimizer="rmsprop", loss="sparse_categorical_crossentropy")
# %%
char_model.fit(windows, next_char, batch_size=BATCH, epochs=1, validation_split=0.1, shuffle=False, verbose=0)
