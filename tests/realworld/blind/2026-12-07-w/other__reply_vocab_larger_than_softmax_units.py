# source: https://github.com/llSourcell/tensorflow_chatbot/issues/32
# family: other
# raises: InvalidArgumentError
# cause: 2:5, 1:5
# raise: 3:1
# culprit: Dense | OUT_VOCAB
# expect: the reply tokens are ids from a 600-word vocabulary, but the output layer only has OUT_VOCAB = 256 units, so sparse categorical cross-entropy receives label ids >= 256 that are outside the valid range of the logits. Size the final Dense layer to the real vocabulary (len(vocab) / VOCAB_SIZE).
# %%
import numpy as np
import keras
from keras import layers
VOCAB_SIZE = 600
OUT_VOCAB = 256
queries = np.random.randint(1, VOCAB_SIZE, size=(64, 12))
reply_next_token = np.random.randint(1, VOCAB_SIZE, size=(64,))
# %%
bot = keras.Sequential([
    keras.Input((12,), dtype="int32"),
    layers.Embedding(VOCAB_SIZE, 32),
    layers.LSTM(32),
    layers.Dense(OUT_VOCAB, activation="softmax"),
])
bot.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
bot.fit(queries, reply_next_token, epochs=1, batch_size=16, verbose=0)
