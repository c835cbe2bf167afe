# source: https://github.com/keras-team/keras/issues/13045
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 2:4
# culprit: HardAttention | input_shape
# expect: HardAttention.build creates its weight with shape=input_shape, which includes the unknown batch dimension (None, 3), and Keras cannot create a variable with a None dimension. Use the feature dimension only: shape=(input_shape[-1],).
# %%
import numpy as np
import keras

class HardAttention(keras.layers.Layer):
    def build(self, input_shape):
        self.attention = self.add_weight(shape=input_shape, initializer="uniform",
                                         name="attention", trainable=True)

    def call(self, inputs):
        return inputs * self.attention
# %%
prices = np.random.default_rng(3).random((30, 3)).astype("float32")
model = keras.Sequential()
model.add(keras.Input(shape=(3,)))
model.add(HardAttention())
model.add(keras.layers.Dense(5))
