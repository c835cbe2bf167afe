# source: https://github.com/bibtissam/LSTM-Attention-FraudDetection/pull/3
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 2:4
# culprit: return_sequences | lstm_1 | first_lstm
# expect: The first LSTM returns only its last state (return_sequences defaults to False), a 2-D (batch, 50) tensor, so the second LSTM, which needs (batch, time, features), rejects it ("expected ndim=3, found ndim=2"). Set return_sequences=True on the first LSTM.
# %%
import numpy as np
import keras
from keras import layers
rng = np.random.default_rng(8)
WINDOW, N_FEATS = 20, 6
transactions = rng.normal(size=(256, WINDOW, N_FEATS)).astype("float32")
is_fraud = (rng.random(256) < 0.1).astype("float32")
# %%
inputs = keras.Input(shape=(WINDOW, N_FEATS))
first_lstm = layers.LSTM(50, dropout=0.3, recurrent_dropout=0.2)
x1 = first_lstm(inputs)
x2 = layers.LSTM(50, dropout=0.3, recurrent_dropout=0.2)(x1)
score = layers.Dense(1, activation="sigmoid")(x2)
fraud_model = keras.Model(inputs, score)
