# source: https://github.com/alecGraves/BVAE-tf/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 1:10
# raise: 2:2
# culprit: FeatureGate | input_shape[0]
# expect: FeatureGate.build sizes its gate weight with input_shape[0], the batch axis, which is None for a symbolic Keras input, so add_weight gets shape (None, 16) and refuses it. Use the feature axis, input_shape[-1].
# %%
import numpy as np
import tensorflow as tf
import keras

class FeatureGate(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
    def build(self, input_shape):
        self.gate = self.add_weight(name="gate", shape=(input_shape[0], self.units),
                                    initializer="glorot_uniform")
        self.bias = self.add_weight(name="bias", shape=(self.units,), initializer="zeros")
    def call(self, inputs):
        return tf.sigmoid(tf.matmul(inputs, self.gate) + self.bias)
# %%
gene_inputs = keras.Input(shape=(50,))
gated = FeatureGate(16)(gene_inputs)
risk = keras.layers.Dense(1, activation="sigmoid")(gated)
gene_model = keras.Model(gene_inputs, risk)
