# source: https://github.com/deepchem/deepchem/issues/2265
# family: other
# raises: TypeError
# cause: 1:4, 2:1
# raise: 4:1
# culprit: set_floatx | channel_weights
# expect: keras.backend.set_floatx("float64") in the first cell makes every layer compute in float64, but the weighted loss multiplies by channel_weights, a float32 constant, so the Mul op receives float64 and float32 ("Input 'y' of 'Mul' Op has type float32 that does not match type float64"). Drop the global set_floatx (or build channel_weights with keras.backend.floatx() / cast it to y_pred.dtype).
# %%
import numpy as np
import tensorflow as tf
import keras
keras.backend.set_floatx("float64")
# %%
channel_weights = tf.constant([1.0, 0.5, 2.0])

def weighted_mse(y_true, y_pred):
    return tf.reduce_mean(tf.square(y_true - y_pred) * channel_weights, axis=-1)
# %%
rng = np.random.default_rng(9)
spectra = rng.normal(size=(40, 12))
targets = rng.normal(size=(40, 3))
surrogate = keras.Sequential([keras.Input(shape=(12,)),
                              keras.layers.Dense(24, activation="tanh"),
                              keras.layers.Dense(3)])
surrogate.compile(optimizer="adam", loss=weighted_mse)
# %%
surrogate.fit(spectra, targets, epochs=2, batch_size=8, verbose=0)
