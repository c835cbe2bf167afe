# source: https://github.com/leondgarse/keras_cv_attention_models/issues/122
# family: other
# raises: InvalidArgumentError
# cause: 2:10
# raise: 3:2
# culprit: relative_bias | float32
# expect: Under the mixed_float16 policy the attention scores inside RelativeAttention are float16, but the relative position bias is built with a hard-coded dtype="float32", so the add mixes half and float tensors. Build the bias in the layer's compute dtype (dtype=self.compute_dtype, or tf.cast(..., scores.dtype)).
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(25)
patches = rng.random((2, 16, 32)).astype(np.float32)
# %%
class RelativeAttention(keras.layers.Layer):
    def __init__(self, dim, **kwargs):
        super().__init__(**kwargs)
        self.qkv = keras.layers.Dense(dim * 3)

    def call(self, x):
        q, k, v = tf.split(self.qkv(x), 3, axis=-1)
        scores = tf.matmul(q, k, transpose_b=True) / tf.sqrt(tf.cast(tf.shape(q)[-1], q.dtype))
        n = tf.shape(x)[1]
        relative_bias = tf.cast(tf.abs(tf.range(n)[:, None] - tf.range(n)[None, :]), dtype="float32") * -0.1
        attn = tf.nn.softmax(scores + relative_bias, axis=-1)
        return tf.matmul(attn, v)

block = RelativeAttention(32, name="rel_attn")
# %%
tokens = tf.constant(patches)
out = block(tokens)
print(out.dtype, out.shape)
