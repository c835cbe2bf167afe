# source: https://github.com/tensorflow/tensorflow/issues/44970
# family: other
# raises: ValueError
# cause: 2:5
# raise: 3:7
# culprit: py_function | load_example
# expect: tf.py_function returns tensors of unknown shape, so the batched features have an unknown TensorShape and Keras cannot build/convert them ("as_list() is not defined on an unknown TensorShape"). Call set_shape([16]) / ensure_shape on the py_function outputs in the map function.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(23)
raw_signals = rng.normal(size=(64, 32)).astype(np.float32)
signal_ids = np.arange(64)
targets = (raw_signals.mean(axis=1) > 0).astype(np.float32)

def load_example(idx):
    sig = raw_signals[int(idx)]
    feats = np.abs(np.fft.rfft(sig))[:16].astype(np.float32)
    return feats, targets[int(idx)]
# %%
def make_dataset(ids, batch_size=16):
    ds = tf.data.Dataset.from_tensor_slices(ids)
    ds = ds.shuffle(len(ids), seed=1)
    ds = ds.map(
        lambda i: tf.py_function(load_example, [i], [tf.float32, tf.float32]),
        num_parallel_calls=tf.data.AUTOTUNE)
    return ds.batch(batch_size).prefetch(1)

train_ds = make_dataset(signal_ids)
# %%
clf = keras.Sequential([
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
clf.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
EPOCHS = 2
history = clf.fit(train_ds, epochs=EPOCHS, verbose=0)
