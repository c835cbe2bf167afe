# source: https://github.com/tensorflow/tensorflow/issues/38619
# family: other
# raises: InvalidArgumentError
# cause: 1:10
# raise: 3:8
# culprit: VOCAB_SIZE | word_index
# expect: word ids start at 1 (0 is kept for padding), so the largest id equals len(word_index); VOCAB_SIZE = len(word_index) gives the Embedding exactly that many rows and the last word's id is out of range in the embedding lookup. Use VOCAB_SIZE = len(word_index) + 1.
# %%
import numpy as np
import keras
corpus = ["the battery died fast", "great screen and fast charging", "screen cracked after a week",
          "battery lasts all day", "charging cable broke", "great value for the price"]
sentiment = np.array([0, 1, 0, 1, 0, 1])
word_index = {}
for sentence in corpus:
    for word in sentence.split():
        word_index.setdefault(word, len(word_index) + 1)   # 0 is reserved for padding
VOCAB_SIZE = len(word_index)
# %%
MAXLEN = 6
def encode(sentence):
    ids = [word_index[w] for w in sentence.split()][:MAXLEN]
    return ids + [0] * (MAXLEN - len(ids))
encoded = np.array([encode(s) for s in corpus])
# %%
review_net = keras.Sequential([
    keras.Input(shape=(MAXLEN,), dtype="int32"),
    keras.layers.Embedding(VOCAB_SIZE, 8),
    keras.layers.GlobalAveragePooling1D(),
    keras.layers.Dense(1, activation="sigmoid"),
])
review_net.compile(optimizer="adam", loss="binary_crossentropy")
review_net.fit(encoded, sentiment, epochs=1, batch_size=6, verbose=0)
