# source: https://github.com/tensorflow/tensorflow/issues/42631
# family: other
# raises: TypeError
# cause: 2:7, 2:10
# raise: 3:3
# culprit: PositionalEncoding | self.table
# expect: with the global policy set to mixed_float16 the Embedding output is float16, but PositionalEncoding keeps its sinusoid table as a float32 constant and adds it directly, so AddV2 gets float16 + float32 and Keras cannot infer the layer's output. Cast the table to the input's dtype (tf.cast(self.table, x.dtype)) or to self.compute_dtype.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
VOCAB, SEQ, DIM = 200, 12, 16
# %%
class PositionalEncoding(keras.layers.Layer):
    def __init__(self, length, depth, **kwargs):
        super().__init__(**kwargs)
        pos = np.arange(length)[:, None]
        i = np.arange(depth)[None, :]
        angle = pos / np.power(10000, (2 * (i // 2)) / depth)
        self.table = tf.constant(np.where(i % 2 == 0, np.sin(angle), np.cos(angle)), dtype=tf.float32)

    def call(self, x):
        return x + self.table[tf.newaxis, :tf.shape(x)[1], :]
# %%
tokens = keras.Input((SEQ,), dtype="int32")
h = keras.layers.Embedding(VOCAB, DIM)(tokens)
h = PositionalEncoding(SEQ, DIM)(h)
h = keras.layers.GlobalAveragePooling1D()(h)
outputs = keras.layers.Dense(3, dtype="float32")(h)
model = keras.Model(tokens, outputs)
