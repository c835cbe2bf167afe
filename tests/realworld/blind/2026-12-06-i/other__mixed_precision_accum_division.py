# source: https://github.com/andreped/GradientAccumulator/issues/73
# family: other
# raises: TypeError
# cause: 2:7
# raise: 3:3
# culprit: AccumNorm | float32 | compute_dtype
# expect: Under the mixed_float16 policy the layer receives float16 inputs, but it divides by a count cast to a hard-coded tf.float32, so the division mixes float16 and float32 ("x and y must have the same dtype"). Cast to inputs.dtype / self.compute_dtype instead.
# %%
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
class AccumNorm(keras.layers.Layer):
    def __init__(self, accum_steps=4, **kwargs):
        super().__init__(**kwargs)
        self.accum_steps = accum_steps
    def call(self, inputs):
        mean = tf.reduce_mean(inputs, axis=0, keepdims=True)
        mean_scaled = mean / tf.cast(self.accum_steps, tf.float32)
        return inputs - mean_scaled
# %%
inp = keras.Input((32, 32, 3))
x = keras.layers.Conv2D(16, 3, padding="same")(inp)
x = AccumNorm(accum_steps=4)(x)
out = keras.layers.Activation("linear", dtype="float32")(x)
