# source: https://github.com/tensorflow/tensorflow/issues/48961
# family: other
# raises: InvalidArgumentError
# cause: 2:3, 1:4
# raise: 4:2
# culprit: MaskedMeanPool | pad_mask
# expect: With the global mixed_float16 policy the projected token features are float16, but MaskedMeanPool casts the mask to a hard-coded tf.float32 and multiplies, so the Mul op gets a half and a float input. Cast the mask to x.dtype (or to the layer's compute dtype) instead of float32.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
class MaskedMeanPool(keras.layers.Layer):
    def call(self, x, mask):
        weights = tf.cast(mask, tf.float32)[..., tf.newaxis]
        total = tf.reduce_sum(x * weights, axis=1)
        return total / tf.reduce_sum(weights, axis=1)
# %%
rng = np.random.default_rng(2)
token_ids = rng.integers(1, 50, size=(3, 6))
token_ids[0, 4:] = 0
pad_mask = token_ids != 0
embed = keras.layers.Embedding(50, 16)
project = keras.layers.Dense(16, activation="relu")
pool = MaskedMeanPool()
# %%
token_feats = project(embed(token_ids))
sentence_vecs = pool(token_feats, pad_mask)
print(sentence_vecs.dtype, sentence_vecs.shape)
