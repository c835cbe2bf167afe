# source: https://github.com/keras-team/keras/issues/10190
# family: untracked_weights
# raises: ValueError
# cause: 1:8
# raise: 3:3
# culprit: gain | ChannelGain
# expect: ChannelGain stores its gain as a raw tf.Variable attribute; Keras 3 does not track tf.Variable objects, so the layer reports no weights and set_weights with one array fails (and fit never trains the gain). Create it with self.add_weight(shape=(units,), initializer="ones", name="gain") in build().
# %%
import numpy as np
import tensorflow as tf
import keras

class ChannelGain(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.gain = tf.Variable(tf.ones([units]), trainable=True, name="gain")

    def call(self, inputs):
        return inputs * self.gain
# %%
src = keras.Sequential([keras.Input((6,)), ChannelGain(6, name="gain_layer"), keras.layers.Dense(1)])
src.compile(optimizer="adam", loss="mse")
src.fit(np.random.rand(32, 6), np.random.rand(32, 1), epochs=1, verbose=0)
learned_gain = np.full((6,), 1.5, dtype="float32")
# %%
dst = keras.Sequential([keras.Input((6,)), ChannelGain(6, name="gain_layer"), keras.layers.Dense(1)])
gain_layer = dst.get_layer("gain_layer")
gain_layer.set_weights([learned_gain])
