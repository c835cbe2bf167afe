# source: https://github.com/tensorflow/tensorflow/issues/36991
# family: other
# raises: ValueError
# cause: 2:4
# raise: 3:5
# culprit: z_mean.shape | Sampling
# expect: Sampling draws epsilon with tf.random.normal(shape=z_mean.shape), but the batch dimension is None when the functional model is built, so the shape cannot be converted ("None values not supported") and Keras cannot infer the layer output; use the dynamic shape tf.shape(z_mean) (or keras.random.normal(keras.ops.shape(z_mean))).
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(111)
sketches = rng.random((32, 20)).astype("float32")
LATENT_DIM = 2
# %%
class Sampling(layers.Layer):
    def call(self, inputs):
        z_mean, z_log_var = inputs
        epsilon = tf.random.normal(shape=z_mean.shape)
        return z_mean + tf.exp(0.5 * z_log_var) * epsilon
# %%
enc_in = keras.Input((20,))
h = layers.Dense(12, activation="relu")(enc_in)
z_mean = layers.Dense(LATENT_DIM, name="z_mean")(h)
z_log_var = layers.Dense(LATENT_DIM, name="z_log_var")(h)
z = Sampling()([z_mean, z_log_var])
encoder = keras.Model(enc_in, [z_mean, z_log_var, z])
