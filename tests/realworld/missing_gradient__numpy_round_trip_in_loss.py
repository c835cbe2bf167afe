# source: https://github.com/tensorflow/tensorflow/issues/30190
# family: missing_gradient
# raises: ValueError
# cause: 1:6, 1:8
# raise: 2:8
# culprit: histogram_distance | numpy
# expect: histogram_distance converts the errors to NumPy (.numpy()), histograms them and builds a new tf.constant, so the returned loss has no connection to the model's variables and tape.gradient returns None for all of them. Keep the loss in TensorFlow ops (e.g. a differentiable soft histogram) end to end.
# %%
import numpy as np
import tensorflow as tf
import keras

def histogram_distance(y_true, y_pred):
    errors = (y_true - y_pred).numpy().ravel()
    counts, _ = np.histogram(errors, bins=10, range=(-3, 3))
    return tf.constant(np.abs(counts / counts.sum() - 0.1).sum(), dtype=tf.float32)
# %%
measurements = tf.random.normal([30, 4])
species_score = tf.random.normal([30, 1])
net = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
with tf.GradientTape() as tape:
    loss_value = histogram_distance(species_score, net(measurements))
grads = tape.gradient(loss_value, net.trainable_variables)
adam = keras.optimizers.Adam()
adam.apply_gradients(zip(grads, net.trainable_variables))
