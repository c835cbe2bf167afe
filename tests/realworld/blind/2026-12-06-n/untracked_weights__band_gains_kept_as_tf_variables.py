# source: https://github.com/keras-team/keras/issues/16797
# family: untracked_weights
# raises: NONE
# cause: 2:9
# raise: NONE
# culprit: band_gains | tf.Variable
# expect: The per-band gains are raw tf.Variable objects appended to a Python list in build(); Keras 3 layers only track variables created with add_weight, so the gains are missing from model.trainable_weights, are never passed to the optimizer and stay at 1.0 while the Dense weights train. Create them with self.add_weight(...).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(16797)
spectra = rng.random((64, 4, 8)).astype("float32")
loudness = rng.random((64, 1)).astype("float32")
# %%
class BandGain(keras.layers.Layer):
    def __init__(self, n_bands, **kwargs):
        super().__init__(**kwargs)
        self.n_bands = n_bands

    def build(self, input_shape):
        self.band_gains = []
        for b in range(self.n_bands):
            self.band_gains.append(tf.Variable(1.0, trainable=True, name=f"gain_{b}"))

    def call(self, x):
        gains = tf.stack(self.band_gains)
        return x * gains[:, None]

model = keras.Sequential([keras.Input((4, 8)), BandGain(4), keras.layers.Flatten(), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
# %%
model.fit(spectra, loudness, epochs=3, batch_size=16, verbose=0)
print("trainable weights:", len(model.trainable_weights))
print("gains:", [float(g.numpy()) for g in model.layers[0].band_gains])
