# source: https://github.com/keras-team/keras/issues/1332
# family: shape_mismatch
# raises: ValueError
# cause: 2:2, 2:3
# raise: 3:4
# culprit: stateful | batch_size | BATCH_SIZE
# expect: The text generator was built stateful with a fixed batch of 16 sequences; the sampling loop feeds one seed sequence at a time (batch 1), and a stateful LSTM refuses inputs whose batch differs from its state: "If an RNN is stateful, the batch size of the input sequences must be the same as the batch size of the initial state. Expected batch size: 16 - Received batch size: 1". Build a batch-1 copy of the model for sampling and copy the weights into it.
# %%
import numpy as np
import keras

text = "the quick brown fox jumps over the lazy dog " * 20
chars = sorted(set(text))
char_idx = {c: i for i, c in enumerate(chars)}
SEQ_LEN, BATCH_SIZE = 12, 16
starts = np.arange(0, len(text) - SEQ_LEN - 1, 3)[:BATCH_SIZE * 4]
X = np.zeros((len(starts), SEQ_LEN, len(chars)), "float32")
y = np.zeros((len(starts),), "int64")
for n, s in enumerate(starts):
    for t, ch in enumerate(text[s:s + SEQ_LEN]):
        X[n, t, char_idx[ch]] = 1.0
    y[n] = char_idx[text[s + SEQ_LEN]]
# %%
generator = keras.Sequential([
    keras.Input((SEQ_LEN, len(chars)), batch_size=BATCH_SIZE),
    keras.layers.LSTM(64, stateful=True),
    keras.layers.Dense(len(chars), activation="softmax"),
])
generator.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
generator.fit(X, y, batch_size=BATCH_SIZE, epochs=1, shuffle=False, verbose=0)
# %%
seed = X[:1]
generated = ""
for _ in range(5):
    probs = generator(seed).numpy()[0]
    nxt = int(np.argmax(probs))
    generated += chars[nxt]
print(generated)
