# source: https://github.com/keras-team/tf-keras/issues/440
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 2:4
# culprit: input_texts | Embedding
# expect: The Input is declared as (max_length, vocab_size) one-hot rows, so the Embedding layer adds a third axis and the LSTM receives a 4-D tensor (None, 12, 30, 16) instead of (batch, time, features). Feed integer token ids with Input(shape=(max_length,)) before the Embedding (or drop the Embedding for one-hot input).
# %%
import numpy as np
import keras
max_length, vocab_size = 12, 30
texts = np.random.default_rng(6).integers(1, vocab_size, (40, max_length))
onehot_texts = np.eye(vocab_size, dtype="float32")[texts]
# %%
input_texts = keras.Input(shape=(max_length, vocab_size), batch_size=1)
embed = keras.layers.Embedding(vocab_size, 16, mask_zero=True)(input_texts)
drop1 = keras.layers.Dropout(0.5)(embed)
lstm1 = keras.layers.LSTM(32, return_sequences=True)(drop1)
