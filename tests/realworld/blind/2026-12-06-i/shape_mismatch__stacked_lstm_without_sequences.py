# source: https://github.com/keras-team/keras/issues/7403
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 2:4
# culprit: return_sequences | char_lstm | lstm
# expect: The first LSTM (char level) returns only its last state (2-D), so the next LSTM gets ndim=2 instead of a 3-D sequence. Set return_sequences=True on the first LSTM.
# %%
import numpy as np
import keras
timesteps, data_dim = 40, 27
hp = {"char_units": 40, "word_units": 62, "out_dim": 62}
# %%
model = keras.Sequential()
model.add(keras.Input((timesteps, data_dim)))
model.add(keras.layers.LSTM(hp["char_units"], return_sequences=False, name="char_lstm"))
model.add(keras.layers.LSTM(hp["word_units"], name="word_lstm"))
model.add(keras.layers.Dense(hp["out_dim"], activation="tanh"))
