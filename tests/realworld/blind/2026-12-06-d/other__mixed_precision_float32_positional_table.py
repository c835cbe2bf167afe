# source: https://github.com/tensorflow/tensor2tensor/issues/1826
# family: other
# raises: InvalidArgumentError
# cause: 2:10, 2:12
# raise: 3:3
# culprit: pos_table | PositionalAdd
# expect: Under the mixed_float16 policy the Dense projection outputs float16, but PositionalAdd adds its float32 pos_table constant, so AddV2 fails ("expected to be a half tensor but is a float tensor"). Cast the table to inputs.dtype (or self.compute_dtype) before adding.
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(31)
tokens = rng.integers(0, 100, size=(8, 12))
# %%
def sinusoid_table(length, dim):
    pos = np.arange(length)[:, None]
    i = np.arange(dim)[None, :]
    angle = pos / np.power(10000, (2 * (i // 2)) / dim)
    return np.where(i % 2 == 0, np.sin(angle), np.cos(angle)).astype(np.float32)

class PositionalAdd(keras.layers.Layer):
    def __init__(self, length, dim, **kw):
        super().__init__(**kw)
        self.pos_table = tf.constant(sinusoid_table(length, dim))
    def call(self, x):
        return x + self.pos_table

class TinyEncoder(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = keras.layers.Embedding(100, 16)
        self.proj = keras.layers.Dense(16)
        self.pos = PositionalAdd(12, 16)
        self.head = keras.layers.Dense(2, dtype="float32")
    def call(self, ids):
        h = self.pos(self.proj(self.embed(ids)))
        return self.head(tf.reduce_mean(h, axis=1))
# %%
encoder = TinyEncoder()
batch = tf.constant(tokens)
logits = encoder(batch)
