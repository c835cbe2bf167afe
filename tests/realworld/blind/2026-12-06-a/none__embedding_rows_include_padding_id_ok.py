# source: https://github.com/tensorflow/tensorflow/issues/23698
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. word ids run from 1 to len(vocab) with 0 kept for padding, and the Embedding is given len(vocab) + 1 rows, so every id (including the largest) is in range; nothing to report.
# %%
import numpy as np
import keras
captions = ["a dog runs on grass", "two cats sleep", "a bird on a wire", "dog and cat play"]
vocab = sorted({w for c in captions for w in c.split()})
word_to_id = {w: i + 1 for i, w in enumerate(vocab)}     # 0 = padding
SEQ_LEN = 5
tokens = np.array([[word_to_id[w] for w in c.split()] + [0] * (SEQ_LEN - len(c.split())) for c in captions])
targets = np.array([1.0, 0.0, 1.0, 0.0], dtype="float32")
vocab_rows = len(vocab) + 1
# %%
caption_net = keras.Sequential([
    keras.Input(shape=(SEQ_LEN,), dtype="int32"),
    keras.layers.Embedding(vocab_rows, 8, mask_zero=True),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
caption_net.compile(optimizer="adam", loss="binary_crossentropy")
caption_net.fit(tokens, targets, epochs=1, batch_size=4, verbose=0)
print(int(tokens.max()), vocab_rows)
