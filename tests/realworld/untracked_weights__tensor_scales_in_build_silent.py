# source: https://github.com/haidark/WaveletDeconv/issues/1
# family: untracked_weights
# raises: NONE
# cause: 1:6
# raise: NONE
# culprit: scales | WaveletScales
# expect: WaveletScales.build stores self.scales as a plain tensor (tf.random.uniform), not a weight, so it is a constant: not in trainable_weights, never updated, not saved. The model still trains its Dense layer, so nothing fails. Create it with self.add_weight(shape=(input_shape[-1],), initializer=keras.initializers.RandomUniform(0.5, 2.0)).
# %%
import tensorflow as tf
import keras

class WaveletScales(keras.layers.Layer):
    def build(self, input_shape):
        self.scales = tf.random.uniform((input_shape[-1],), 0.5, 2.0)

    def call(self, signal):
        return signal * self.scales
# %%
import numpy as np
speaker_model = keras.Sequential([keras.Input(shape=(20,)), WaveletScales(), keras.layers.Dense(4)])
speaker_model.compile(optimizer="adam", loss="mse")
speaker_model.fit(np.random.rand(32, 20), np.random.rand(32, 4), epochs=1, verbose=0)
