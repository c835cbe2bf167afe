# source: https://github.com/tensorflow/addons/issues/2442
# family: other
# raises: InvalidArgumentError
# cause: 2:4, 1:4
# raise: 4:1
# culprit: positions | bfloat16
# expect: Under the mixed_bfloat16 policy the Dense output (and the layer's inputs) are bfloat16, but ConcatPositions builds its position table as a float32 tf.constant and concatenates it unchanged ("cannot compute ConcatV2 as input #1 was expected to be a bfloat16 tensor but is a float tensor"). Cast the positions to self.compute_dtype (or x.dtype) before the concat.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_bfloat16")
SEQ_LEN, FEATS = 6, 3
# %%
class ConcatPositions(keras.layers.Layer):
    def build(self, input_shape):
        steps = np.arange(input_shape[1], dtype="float32")[:, None] / input_shape[1]
        self.positions = tf.constant(steps[None, :, :])
    def call(self, x):
        pos = tf.tile(self.positions, [tf.shape(x)[0], 1, 1])
        return tf.concat([x, pos], axis=-1)
# %%
proj = keras.layers.Dense(8)
add_pos = ConcatPositions()
frames = np.random.default_rng(0).random((2, SEQ_LEN, FEATS)).astype("float32")
# %%
encoded = add_pos(proj(frames))
