# source: https://github.com/keras-team/keras/issues/5447
# family: none
# raises: NONE
# cause: 2:4
# raise: NONE
# culprit: return_sequences
# expect: Nothing is wrong: the first LSTM returns the full sequence (return_sequences=True) so the second LSTM gets a 3-D input, and the second returns only its last state for the Dense head. No finding should be reported.
# %%
import numpy as np
import keras
from keras import layers
rng = np.random.default_rng(70)
STEPS, DIM = 10, 64
sentences = rng.normal(size=(80, STEPS, DIM)).astype("float32")
sentiment = rng.integers(0, 2, (80, 1)).astype("float32")
# %%
seq_model = keras.Sequential([
    keras.Input((STEPS, DIM)),
    layers.LSTM(32, return_sequences=True),
    layers.LSTM(16),
    layers.Dense(1, activation="sigmoid"),
])
seq_model.compile("adam", "binary_crossentropy")
# %%
seq_model.fit(sentences, sentiment, batch_size=16, epochs=1, verbose=0)
print(seq_model.predict(sentences[:4], verbose=0).shape)
