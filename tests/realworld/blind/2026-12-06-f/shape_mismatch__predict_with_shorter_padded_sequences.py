# source: https://github.com/alexander-rakhlin/CNN-for-Sentence-Classification-in-Keras/issues/27
# family: shape_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: sequence_length | 185 | 35
# expect: the model was built for sequences of length 185, but the new texts are padded to their own max length (35); pad the new data with the training sequence_length (maxlen=185).
# %%
import numpy as np
import keras
from keras import layers

sequence_length, vocab = 185, 400
rng = np.random.default_rng(6)
x_train = rng.integers(1, vocab, size=(32, sequence_length))
y_train = rng.integers(0, 2, size=(32,))
# %%
inp = keras.Input(shape=(sequence_length,))
z = layers.Embedding(vocab, 16)(inp)
z = layers.Conv1D(8, 3, activation="relu")(z)
z = layers.Flatten()(z)
out = layers.Dense(1, activation="sigmoid")(z)
sent_model = keras.Model(inp, out)
sent_model.compile("adam", "binary_crossentropy")
sent_model.fit(x_train, y_train, epochs=1, verbose=0)
# %%
new_texts = [list(rng.integers(1, vocab, size=n)) for n in (12, 35, 20)]
x_new = keras.utils.pad_sequences(new_texts, maxlen=max(len(t) for t in new_texts))
preds = sent_model.predict(x_new, verbose=0)
