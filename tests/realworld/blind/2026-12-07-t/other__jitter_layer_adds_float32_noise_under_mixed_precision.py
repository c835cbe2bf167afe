# source: https://github.com/keras-team/keras-cv/issues/734
# family: other
# raises: TypeError
# cause: 2:6
# raise: 3:1
# culprit: ColorJitter | mixed_float16
# expect: with the global mixed_float16 policy the layer's inputs are float16, but ColorJitter adds noise created explicitly as float32, so the add fails and Keras cannot infer the layer's output; create the noise with dtype=self.compute_dtype (or x.dtype), or give this layer dtype="float32"
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
class ColorJitter(keras.layers.Layer):
    def __init__(self, strength=0.1, **kwargs):
        super().__init__(**kwargs)
        self.strength = strength
    def call(self, x):
        noise = tf.random.uniform(tf.shape(x), -self.strength, self.strength, dtype=tf.float32)
        return x + noise
# %%
model = keras.Sequential([keras.Input((32, 32, 3)), ColorJitter(), keras.layers.Conv2D(8, 3), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(5)])
