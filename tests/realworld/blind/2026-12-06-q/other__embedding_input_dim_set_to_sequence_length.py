# source: https://github.com/tensorflow/tensorflow/issues/17353
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:1
# culprit: input_dim | embedding | MAX_LEN
# expect: The Embedding is given input_dim=MAX_LEN (12, the padded sequence length) instead of the vocabulary size (500), so the first batch holds token ids far beyond the 12-row table and the lookup fails ("indices[...] = 4xx is not in [0, 12)"). Set input_dim to VOCAB_SIZE.
# %%
import numpy as np
import keras
MAX_LEN = 12
VOCAB_SIZE = 500
rng = np.random.default_rng(16)
token_ids = rng.integers(1, VOCAB_SIZE, size=(20, MAX_LEN))
labels = rng.integers(0, 2, size=20)
# %%
classifier = keras.Sequential([
    keras.Input((MAX_LEN,), dtype="int32"),
    keras.layers.Embedding(input_dim=MAX_LEN, output_dim=8),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
classifier.compile(optimizer="adam", loss="binary_crossentropy")
# %%
classifier.fit(token_ids, labels, epochs=1, verbose=0)
