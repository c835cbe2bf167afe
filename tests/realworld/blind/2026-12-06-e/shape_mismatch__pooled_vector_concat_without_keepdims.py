# source: https://github.com/keras-team/keras/issues/12975
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:2
# culprit: mean_energy | concat
# expect: mean_energy comes from reduce_mean without keepdims and is a 1-D (1024,) vector, while coords is (1024, 2); concatenating them on axis 1 fails (axis 1 does not exist for the 1-D input). Keep the axis (keepdims=True) or reshape to (-1, 1) so the result is (1024, 3).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(30)
signals = tf.constant(rng.normal(size=(1024, 50)).astype("float32"))
coords = tf.constant(rng.random((1024, 2)).astype("float32"))
# %%
squared = tf.square(signals)
mean_energy = tf.reduce_mean(squared, axis=1)
print(mean_energy.shape, coords.shape)
# %%
def station_features(energy, xy):
    return tf.concat([energy, xy], axis=1)
features = station_features(mean_energy, coords)
