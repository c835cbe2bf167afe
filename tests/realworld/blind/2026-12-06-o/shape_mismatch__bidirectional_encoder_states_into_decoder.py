# source: https://github.com/ematvey/tensorflow-seq2seq-tutorials/issues/20
# family: shape_mismatch
# raises: ValueError
# cause: 2:7, 2:3
# raise: 3:1
# culprit: initial_state | LATENT | decoder
# expect: the bidirectional encoder's forward and backward states are concatenated into 2*LATENT = 24 units, but the decoder LSTM was created with LATENT = 12 units, so its recurrent matmul sees a 24-wide state ("Dimensions must be equal, but are 24 and 12"); give the decoder 2*LATENT units or project the states down to LATENT.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(71)
LATENT = 12
src = rng.random((16, 6, 5)).astype("float32")
tgt_in = rng.random((16, 4, 5)).astype("float32")
tgt_out = rng.random((16, 4, 5)).astype("float32")
# %%
enc_in = keras.Input((6, 5))
_, fh, fc, bh, bc = layers.Bidirectional(layers.LSTM(LATENT, return_state=True))(enc_in)
state_h = layers.Concatenate()([fh, bh])
state_c = layers.Concatenate()([fc, bc])

dec_in = keras.Input((4, 5))
dec_seq = layers.LSTM(LATENT, return_sequences=True)(dec_in, initial_state=[state_h, state_c])
dec_out = layers.Dense(5)(dec_seq)
translator = keras.Model([enc_in, dec_in], dec_out)
translator.compile("adam", "mse")
# %%
translator.fit([src, tgt_in], tgt_out, batch_size=8, epochs=1, verbose=0)
