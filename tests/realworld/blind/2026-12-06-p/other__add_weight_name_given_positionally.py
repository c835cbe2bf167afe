# source: https://github.com/keras-team/keras/issues/22253
# family: other
# raises: ValueError
# cause: 2:9
# raise: 3:2
# culprit: add_weight | gate_kernel
# expect: GatedDense.build calls self.add_weight("gate_kernel", shape=...) the Keras 2 way; in Keras 3 the first positional argument of add_weight is the shape, so the name must be passed as name="gate_kernel" (ValueError when the layer is first built in the model cell).
# %%
import numpy as np
import keras
from keras import ops

tabular = np.random.default_rng(3).normal(size=(32, 10)).astype("float32")
targets = (tabular.sum(axis=1, keepdims=True) > 0).astype("float32")
# %%
class GatedDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        width = input_shape[-1]
        self.kernel = self.add_weight(name="kernel", shape=(width, self.units), initializer="glorot_uniform")
        self.gate = self.add_weight("gate_kernel", shape=(width, self.units), initializer="zeros")

    def call(self, inputs):
        return ops.matmul(inputs, self.kernel) * ops.sigmoid(ops.matmul(inputs, self.gate))
# %%
features_in = keras.Input((10,))
hidden = GatedDense(16)(features_in)
prob = keras.layers.Dense(1, activation="sigmoid")(hidden)
clf = keras.Model(features_in, prob)
