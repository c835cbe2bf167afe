# family: other
# raises: InvalidArgumentError
# culprit: gains
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
class ChannelGain(keras.layers.Layer):
    def call(self, inputs):
        gains = tf.constant([2.0, 0.5, 1.0, 3.0])  # <- cause
        return inputs * gains  # <- raises
boosted = ChannelGain()(keras.layers.Dense(4)(np.ones((2, 3), "float32")))
