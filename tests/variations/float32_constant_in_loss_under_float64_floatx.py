# family: other
# raises: TypeError
# culprit: band_weights
import numpy as np
import tensorflow as tf
import keras
keras.config.set_floatx("float64")
band_weights = tf.constant([1.0, 2.0])  # <- cause
def weighted_abs(y_true, y_pred):
    return tf.reduce_mean(tf.abs(y_true - y_pred) * band_weights)  # <- raises
regressor = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
regressor.compile(optimizer="sgd", loss=weighted_abs)
regressor.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
