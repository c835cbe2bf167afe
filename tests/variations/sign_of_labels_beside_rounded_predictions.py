# family: missing_gradient
# raises: ValueError
# culprit: tf.round
import numpy as np
import tensorflow as tf
import keras


def agreement_loss(y_true, y_pred):
    direction = tf.sign(y_true)
    guess = tf.round(y_pred)  # <- cause
    return tf.reduce_mean(tf.square(direction - guess))


model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=agreement_loss)
data = np.random.default_rng(0).random((8, 3)).astype("float32")
model.fit(data, data[:, :1] - 0.5, epochs=1, verbose=0)  # <- raises
