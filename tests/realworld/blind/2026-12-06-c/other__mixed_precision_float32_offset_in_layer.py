# source: https://github.com/huggingface/transformers/issues/2005
# family: other
# raises: ValueError
# cause: 2:4
# raise: 3:2
# culprit: position_bias | float32
# expect: Under the mixed_float16 policy the layer's inputs are float16, but position_bias is a hard-coded float32 constant, so the addition fails ("Tensor conversion requested dtype float16 for Tensor with dtype float32"); create it with dtype=self.compute_dtype (or cast it) in build.
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
SEQ_LEN, DIM = 6, 8
# %%
class AddPositions(keras.layers.Layer):
    def build(self, input_shape):
        positions = np.arange(SEQ_LEN)[:, None] / np.power(10000, np.arange(DIM)[None, :] / DIM)
        self.position_bias = tf.constant(np.sin(positions), dtype=tf.float32)

    def call(self, x):
        return x + self.position_bias

class TinyEncoder(keras.Model):
    def __init__(self):
        super().__init__()
        self.embed = keras.layers.Dense(DIM)
        self.pos = AddPositions()
        self.out = keras.layers.Dense(2, dtype="float32")

    def call(self, x):
        return self.out(self.pos(self.embed(x)))
# %%
encoder = TinyEncoder()
logits = encoder(np.random.RandomState(0).rand(2, SEQ_LEN, 3).astype("float32"))
print(logits.dtype)
