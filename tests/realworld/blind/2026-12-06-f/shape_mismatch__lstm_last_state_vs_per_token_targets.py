# source: https://github.com/keras-team/keras/issues/17368
# family: shape_mismatch
# raises: ValueError
# cause: 2:4
# raise: 3:1
# culprit: LSTM | return_sequences | next_tokens
# expect: the targets hold one token id per timestep (batch, 12) but the LSTM returns only its last state, so the model outputs (batch, VOCAB); set return_sequences=True on the LSTM (or train on a single next token).
# %%
import numpy as np
import keras

VOCAB, SEQ = 60, 12
rng = np.random.default_rng(17)
corpus = rng.integers(1, VOCAB, size=(48, SEQ + 1))
inputs_tok = corpus[:, :-1]
next_tokens = corpus[:, 1:]
print(inputs_tok.shape, next_tokens.shape)
# %%
lm = keras.Sequential([
    keras.Input(shape=(SEQ,)),
    keras.layers.Embedding(VOCAB, 32),
    keras.layers.LSTM(64),
    keras.layers.Dense(VOCAB),
])
lm.compile(optimizer="adam",
           loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
# %%
lm.fit(inputs_tok, next_tokens, batch_size=16, epochs=1, verbose=0)
