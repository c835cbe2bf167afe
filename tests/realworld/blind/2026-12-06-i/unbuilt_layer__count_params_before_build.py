# source: https://github.com/keras-team/keras/issues/10970
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: caption_model | count_params
# expect: caption_model is a Sequential with no Input/input shape and has never been called, so its weights do not exist and count_params() cannot be computed. Add keras.Input(shape=...) as first layer (or build/call the model) before asking for its size.
# %%
import numpy as np
import keras
vocab_size, max_len, emb = 300, 12, 32
# %%
caption_model = keras.Sequential([
    keras.layers.Embedding(vocab_size, emb),
    keras.layers.LSTM(64, return_sequences=True),
    keras.layers.TimeDistributed(keras.layers.Dense(emb)),
])
caption_model.compile(loss="mse", optimizer="rmsprop")
# %%
budget = {"caption": caption_model.count_params()}
print(budget)
