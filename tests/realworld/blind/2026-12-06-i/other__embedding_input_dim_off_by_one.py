# source: https://github.com/keras-team/keras/issues/11819
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:1
# culprit: input_dim | vocab_size | Embedding
# expect: The token ids run from 1 to vocab_size inclusive (0 is padding), so the largest id equals vocab_size, but the Embedding was built with input_dim=vocab_size; the lookup of id vocab_size is out of [0, vocab_size). Use input_dim=vocab_size + 1.
# %%
import numpy as np
import keras
rng = np.random.default_rng(19)
word_index = {f"w{i}": i + 1 for i in range(500)}
vocab_size = len(word_index)
seqs = rng.integers(1, vocab_size + 1, size=(64, 10))
seqs[0, 3] = vocab_size
labels = rng.integers(0, 2, size=64)
# %%
clf = keras.Sequential([
    keras.Input((10,), dtype="int32"),
    keras.layers.Embedding(input_dim=vocab_size, output_dim=16),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
clf.compile(optimizer="adam", loss="binary_crossentropy")
# %%
clf.fit(seqs, labels, batch_size=16, epochs=1, verbose=0)
