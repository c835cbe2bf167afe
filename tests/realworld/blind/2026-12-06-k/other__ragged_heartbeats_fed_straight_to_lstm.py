# source: https://github.com/tensorflow/tensorflow/issues/47222
# family: other
# raises: ValueError
# cause: 1:8
# raise: 3:1
# culprit: RaggedTensor | ecg_seqs | LSTM
# expect: The recordings have different lengths and are passed to fit as a RaggedTensor; the Keras 3 LSTM reads the batch as a dense (None, None, 1) tensor and fails to index the ragged time dimension ("Cannot index into an inner ragged dimension"). Pad the sequences (ecg_seqs.to_tensor() or keras.utils.pad_sequences) and add a Masking layer (or pass a mask) instead of feeding the ragged tensor.
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(2017)
lengths = rng.integers(30, 60, size=24)
ecg_seqs = tf.ragged.constant([rng.normal(size=(int(n), 1)).astype("float32") for n in lengths], ragged_rank=1)
labels = tf.one_hot(rng.integers(0, 4, size=24), 4)
print(ecg_seqs.shape, labels.shape)
# %%
model = keras.Sequential([
    keras.Input(shape=(None, 1)),
    layers.LSTM(32, name="LSTM_1"),
    layers.Dense(4, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
# %%
history = model.fit(ecg_seqs, labels, epochs=1, batch_size=8, verbose=0)
