# source: https://github.com/tensorflow/tensorflow/issues/36848
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: none
# expect: no finding: gamma/beta are trainable weights and the moving statistics are non-trainable weights, all created with add_weight in build and updated with assign in call under the training flag; the model trains and reports 4 weights for the layer
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class RangeNorm(keras.layers.Layer):
    def __init__(self, momentum=0.9, **kwargs):
        super().__init__(**kwargs)
        self.momentum = momentum
    def build(self, input_shape):
        dim = input_shape[-1]
        self.gamma = self.add_weight(shape=(dim,), initializer="ones", name="gamma")
        self.beta = self.add_weight(shape=(dim,), initializer="zeros", name="beta")
        self.moving_mean = self.add_weight(shape=(dim,), initializer="zeros", trainable=False, name="moving_mean")
        self.moving_range = self.add_weight(shape=(dim,), initializer="ones", trainable=False, name="moving_range")
    def call(self, x, training=None):
        if training:
            mean = tf.reduce_mean(x, axis=0)
            rng = tf.reduce_max(x, axis=0) - tf.reduce_min(x, axis=0) + 1e-3
            self.moving_mean.assign(self.momentum * self.moving_mean + (1 - self.momentum) * mean)
            self.moving_range.assign(self.momentum * self.moving_range + (1 - self.momentum) * rng)
        else:
            mean, rng = self.moving_mean, self.moving_range
        return self.gamma * (x - mean) / rng + self.beta
# %%
net = keras.Sequential([keras.Input((6,)), keras.layers.Dense(12), RangeNorm(), keras.layers.Dense(1)])
net.compile(optimizer="adam", loss="mse")
net.fit(np.random.rand(64, 6), np.random.rand(64, 1), epochs=1, batch_size=16, verbose=0)
print(len(net.layers[1].weights), len(net.layers[1].trainable_weights))
