# source: https://github.com/kamalkraj/Named-Entity-Recognition-with-Bidirectional-LSTM-CNNs/issues/3
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: return_sequences | Bidirectional | (None, 32, 10)
# expect: The Bidirectional LSTM keeps return_sequences=True, so the following Dense layers produce one prediction per time step, (batch, 32, 10), while each sequence has a single one-hot label (batch, 10). Drop return_sequences=True (or pool over time) for a per-sequence classifier.
# %%
import numpy as np
import keras

rng = np.random.default_rng(31)
KIND = 10
signals = rng.normal(size=(200, 32, 10)).astype("float32")
labels = keras.utils.to_categorical(rng.integers(0, KIND, size=200), KIND)
print(signals.shape, labels.shape)
# %%
model = keras.Sequential()
model.add(keras.Input((32, 10)))
model.add(keras.layers.Bidirectional(keras.layers.LSTM(24, return_sequences=True)))
model.add(keras.layers.Dense(32, activation="tanh"))
model.add(keras.layers.Dense(KIND, activation="softmax"))
model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
# %%
model.fit(signals, labels, batch_size=50, epochs=1, verbose=0)
