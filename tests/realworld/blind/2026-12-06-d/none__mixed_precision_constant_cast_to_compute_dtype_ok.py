# source: https://github.com/tensorflow/tensorflow/issues/41614
# family: none
# raises: NONE
# cause: 2:6
# raise: NONE
# culprit: compute_dtype
# expect: Control: under mixed_float16 the custom layer casts its float32 table to self.compute_dtype before adding, and the output Dense is float32, so training runs cleanly; nothing to report.
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(91)
x_seq = rng.normal(size=(64, 10, 6)).astype(np.float32)
y_seq = rng.integers(0, 3, size=64)
# %%
class AddBias(keras.layers.Layer):
    def __init__(self, length, dim, **kw):
        super().__init__(**kw)
        self.table = tf.constant(np.linspace(0, 1, length * dim, dtype=np.float32).reshape(length, dim))
    def call(self, x):
        table = tf.cast(self.table, self.compute_dtype)
        return x + table
# %%
inp = keras.Input((10, 6))
h = AddBias(10, 16)(keras.layers.Dense(16)(inp))
out = keras.layers.Dense(3, activation="softmax", dtype="float32")(keras.layers.GlobalAveragePooling1D()(h))
clf = keras.Model(inp, out)
clf.compile("adam", "sparse_categorical_crossentropy")
clf.fit(x_seq, y_seq, epochs=1, batch_size=16, verbose=0)
