# source: https://github.com/tensorflow/tensorflow/issues/43273
# family: other
# raises: InvalidArgumentError
# cause: 2:5, 2:10
# raise: 3:2
# culprit: pos_table | sinusoid_table | float32
# expect: Under the mixed_float16 policy the layer computes in float16 (q is float16), but pos_table is a float32 tf.constant made in build, so the einsum mixes half and float tensors. Cast the table to the layer's compute dtype (tf.cast(self.pos_table, q.dtype) or build it with self.compute_dtype).
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
SEQ, DIM = 6, 8
rng = np.random.default_rng(30)
tokens = rng.normal(size=(4, SEQ, DIM)).astype("float32")
# %%
def sinusoid_table(length, depth):
    pos = np.arange(length)[:, None]
    i = np.arange(depth)[None, :]
    angles = pos / np.power(10000, (2 * (i // 2)) / depth)
    return tf.constant(np.where(i % 2 == 0, np.sin(angles), np.cos(angles)), dtype=tf.float32)

class RelativeScores(keras.layers.Layer):
    def build(self, input_shape):
        self.proj = self.add_weight(shape=(input_shape[-1], input_shape[-1]), name="proj")
        self.pos_table = sinusoid_table(input_shape[1], input_shape[-1])
    def call(self, x):
        q = tf.matmul(x, self.proj)
        return tf.einsum("bqd,kd->bqk", q, self.pos_table)
# %%
scorer = RelativeScores()
scores = scorer(tokens)
