# source: https://github.com/tensorflow/tensorflow/issues/21259
# family: none
# raises: NONE
# cause: 2:6
# raise: NONE
# culprit: padded_batch
# expect: Control: the variable-length token sequences are batched with padded_batch (padding id 0) and the Embedding masks zeros, so training runs cleanly; nothing to report.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(90)
sequences = [rng.integers(1, 50, size=rng.integers(3, 12)).astype(np.int32) for _ in range(64)]
labels = rng.integers(0, 2, size=64).astype(np.float32)
# %%
def gen():
    for seq, lab in zip(sequences, labels):
        yield seq, lab
sig = (tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.float32))
ds = tf.data.Dataset.from_generator(gen, output_signature=sig)
ds = ds.shuffle(64, seed=0).padded_batch(16, padded_shapes=([None], []), padding_values=(0, 0.0))
# %%
model = keras.Sequential([keras.Input((None,), dtype="int32"), keras.layers.Embedding(50, 8, mask_zero=True),
                          keras.layers.GlobalAveragePooling1D(), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy")
history = model.fit(ds, epochs=1, verbose=0)
