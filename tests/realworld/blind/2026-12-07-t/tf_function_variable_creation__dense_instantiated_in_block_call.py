# source: https://github.com/tensorflow/tensorflow/issues/36504
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:6
# raise: 4:1
# culprit: ResidualBlock | Dense
# expect: ResidualBlock.call builds a brand-new keras Dense layer on every call, so when the model runs under the tf.function `fast_forward` the trace creates new variables that a tf.function may not create; create the Dense sublayer once in __init__ (or build) and only call it in call
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class ResidualBlock(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
    def call(self, x):
        h = keras.layers.Dense(self.units, activation="relu")(x)
        return x + h
# %%
block = ResidualBlock(16)
@tf.function
def fast_forward(x):
    return block(x)
# %%
out = fast_forward(tf.random.normal([8, 16]))
