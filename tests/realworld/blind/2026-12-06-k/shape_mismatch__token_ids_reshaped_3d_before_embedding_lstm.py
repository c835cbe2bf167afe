# source: https://github.com/paulx3/keras_generative_pg/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 1:10, 2:1
# raise: 2:3
# culprit: Embedding | LSTM | (None, 20, 1, 32)
# expect: The token ids were reshaped to (samples, 20, 1) "because an LSTM needs 3-D input", but they go through an Embedding first, which appends its own axis: (None, 20, 1, 32) is 4-D and the LSTM refuses it (expected ndim=3, found ndim=4). Keep the ids 2-D (samples, 20) and let the Embedding produce the 3-D (batch, time, features) tensor.
# %%
import numpy as np
import keras
from keras import layers

VOCAB, MAXLEN, EMB = 300, 20, 32
rng = np.random.default_rng(2)
seqs = rng.integers(1, VOCAB, size=(64, MAXLEN))
targets = rng.integers(0, 2, size=(64, 1)).astype("float32")
# LSTM layers want 3-D input: (samples, timesteps, features)
x_train = seqs.reshape(len(seqs), MAXLEN, 1)
print(x_train.shape)
# %%
inp = keras.Input(shape=x_train.shape[1:])
emb = layers.Embedding(VOCAB, EMB)(inp)
h = layers.LSTM(32)(emb)
out = layers.Dense(1, activation="sigmoid")(h)
paraphrase_clf = keras.Model(inp, out)
