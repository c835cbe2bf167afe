# source: https://github.com/tensorflow/tensorflow/issues/58460
# family: shape_mismatch
# raises: ValueError
# cause: 2:6
# raise: 3:1
# culprit: initial_state | enc_outputs
# expect: The encoder GRU has return_sequences=True and return_state=True, so enc_outputs is [sequence (batch, 9, 32), state (batch, 32)]; passing the whole list as the decoder's initial_state hands the GRU the 3-D sequence as its state and the cell fails in fit with "Dimensions must be equal, but are 32 and 96". Pass only the final state: initial_state=enc_outputs[1].
# %%
import numpy as np
import keras

rng = np.random.default_rng(30)
src_seq = rng.random((6, 9, 5)).astype("float32")
tgt_in = rng.random((6, 4, 5)).astype("float32")
tgt_out = rng.random((6, 4, 3)).astype("float32")
# %%
UNITS = 32
enc_input = keras.Input((9, 5), name="source")
enc_outputs = keras.layers.GRU(UNITS, return_sequences=True, return_state=True, name="encoder")(enc_input)
dec_input = keras.Input((4, 5), name="target_in")
dec_seq = keras.layers.GRU(UNITS, return_sequences=True, name="decoder")(
    dec_input, initial_state=enc_outputs)
probs = keras.layers.Dense(3, activation="softmax")(dec_seq)
translator = keras.Model([enc_input, dec_input], probs)
translator.compile("adam", "categorical_crossentropy")
# %%
translator.fit([src_seq, tgt_in], tgt_out, epochs=1, verbose=0)
