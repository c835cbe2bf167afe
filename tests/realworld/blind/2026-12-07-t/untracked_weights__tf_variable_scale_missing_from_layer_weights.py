# source: https://github.com/tensorflow/tensorflow/issues/30587
# family: untracked_weights
# raises: ValueError
# cause: 2:5
# raise: 4:2
# culprit: scale | ScaledProjection
# expect: self.scale is a raw tf.Variable, which Keras 3 does not track as a layer weight, so the layer reports only kernel and bias and set_weights rejects the 3-item list; create scale with self.add_weight(...) in build so it is tracked, saved and trained
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class ScaledProjection(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.scale = tf.Variable(tf.ones([units]), name="scale")
    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")
    def call(self, x):
        return (tf.matmul(x, self.kernel) + self.bias) * self.scale
# %%
proj = ScaledProjection(64)
proj(np.zeros((1, 128), dtype="float32"))
pretrained = [np.random.rand(128, 64), np.zeros(64), np.full(64, 0.5)]
# %%
print("tracked weights:", len(proj.weights))
proj.set_weights(pretrained)
