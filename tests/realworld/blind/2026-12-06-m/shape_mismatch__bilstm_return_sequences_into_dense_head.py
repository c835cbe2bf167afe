# source: https://github.com/OlafenwaMoses/ImageAI/issues/765
# family: shape_mismatch
# raises: ValueError
# cause: 2:5, 2:4
# raise: 3:1
# culprit: return_sequences | bidirectional
# expect: The last Bidirectional(LSTM) keeps return_sequences=True, so the Dense head outputs one prediction per time step, shape (None, 15, 2), while the labels are one per window, (batch, 2). Set return_sequences=False on the last recurrent layer (or pool over time) before the Dense layer.
# %%
import numpy as np
import keras

rng = np.random.default_rng(7)
windows = rng.normal(size=(96, 15, 6)).astype("float32")
window_labels = keras.utils.to_categorical(rng.integers(0, 2, size=96), 2)
print(windows.shape, window_labels.shape)
# %%
n_units = 32
tagger = keras.Sequential([
    keras.Input(shape=(15, 6)),
    keras.layers.Bidirectional(
        keras.layers.LSTM(n_units // 2, return_sequences=True, activation="tanh"),
        merge_mode="concat"),
    keras.layers.Dropout(0.2),
    keras.layers.Dense(2, activation="softmax"),
])
tagger.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
# %%
tagger.fit(windows, window_labels, batch_size=32, epochs=1, verbose=0)
