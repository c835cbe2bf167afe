# source: https://github.com/tensorflow/tensorflow/issues/32729
# family: missing_gradient
# raises: NONE
# cause: 1:11, 1:15
# raise: NONE
# culprit: noise_scale
# expect: NoisyDense.build creates noise_scale with add_weight but call never uses it, so it gets no gradient; Keras 3 only warns ("Gradients do not exist for variables [...noise_scale]") and fit finishes with that weight untouched. Report the unused weight and point at call: either use self.noise_scale in the forward pass or do not create it.
# %%
import tensorflow as tf
import keras

class NoisyDense(keras.layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.noise_scale = self.add_weight(shape=(self.units,), initializer="zeros", name="noise_scale")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return tf.matmul(inputs, self.kernel) + self.bias
# %%
import numpy as np
q_net = keras.Sequential([keras.Input(shape=(4,)), NoisyDense(3)])
q_net.compile(optimizer="adam", loss="mse")
q_net.fit(np.random.rand(32, 4), np.random.rand(32, 3), epochs=1, batch_size=16, verbose=0)
