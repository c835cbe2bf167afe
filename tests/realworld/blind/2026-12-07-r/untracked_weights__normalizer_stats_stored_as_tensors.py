# source: https://github.com/keras-team/keras/issues/4401
# family: untracked_weights
# raises: IndexError
# cause: 2:8, 2:9
# raise: 4:2
# culprit: MelStandardize | mel_means
# expect: MelStandardize.build stores self.mel_means / self.mel_stds as tensors (tf.expand_dims applied to freshly made tf.Variables), so the layer owns no tracked weights: get_weights() returns an empty list and indexing it fails, and the statistics would never be trained or saved. Create them with self.add_weight(...) and apply expand_dims inside call().
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
# %%
class MelStandardize(keras.layers.Layer):
    def __init__(self, init_means, init_stds, **kwargs):
        super().__init__(**kwargs)
        self.init_means = np.asarray(init_means, np.float32)
        self.init_stds = np.asarray(init_stds, np.float32)

    def build(self, input_shape):
        self.mel_means = tf.expand_dims(tf.Variable(self.init_means, name="mel_means"), axis=1)
        self.mel_stds = tf.expand_dims(tf.Variable(self.init_stds, name="mel_stds"), axis=1)

    def call(self, mel):
        return (mel - self.mel_means) / self.mel_stds
# %%
n_mels, frames = 8, 20
rng = np.random.default_rng(23)
spectrograms = rng.normal(2.0, 3.0, size=(4, n_mels, frames)).astype("float32")
standardize = MelStandardize(spectrograms.mean(axis=(0, 2)), spectrograms.std(axis=(0, 2)))
normed = standardize(spectrograms)
print(normed.shape, float(tf.reduce_mean(normed)))
# %%
calibration = standardize.get_weights()
saved_means, saved_stds = calibration[0], calibration[1]
print(saved_means.shape, saved_stds.shape)
