# source: https://github.com/NLP-kr/tensorflow-ml-nlp/issues/26
# family: other
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:1
# culprit: VOCAB_SIZE | embedding
# expect: Word ids run from 1 to len(word_index) (0 is padding), so the largest id equals len(word_index), but the Embedding is sized with VOCAB_SIZE = len(word_index) and the lookup fails with "indices ... is not in [0, VOCAB_SIZE)". Use input_dim = len(word_index) + 1.
# %%
import numpy as np
import keras
reviews = ["great acting and story", "boring plot", "great music", "terrible acting boring story", "loved the music"] * 4
sentiment = np.array([1, 0, 1, 0, 1] * 4)
word_index = {}
for text in reviews:
    for w in text.split():
        word_index.setdefault(w, len(word_index) + 1)
seqs = [[word_index[w] for w in t.split()] for t in reviews]
padded = np.array([s + [0] * (5 - len(s)) for s in seqs])
# %%
VOCAB_SIZE = len(word_index)
prepro_configs = {"vocab_size": VOCAB_SIZE, "embedding_dim": 16, "max_len": 5}
clf = keras.Sequential([
    keras.Input((prepro_configs["max_len"],), dtype="int32"),
    keras.layers.Embedding(prepro_configs["vocab_size"], prepro_configs["embedding_dim"], name="embedding"),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
clf.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
# %%
clf.fit(padded, sentiment, batch_size=20, epochs=1, verbose=0)
