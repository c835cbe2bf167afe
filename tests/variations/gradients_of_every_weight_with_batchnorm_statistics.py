# family: missing_gradient
# raises: ValueError
# culprit: wanted
import numpy as np
import tensorflow as tf
import keras
m = keras.Sequential([keras.Input((4,)), keras.layers.Dense(5),
                      keras.layers.BatchNormalization(), keras.layers.Dense(1)])
xs = np.ones((6, 4), "float32")
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(m(xs, training=True))
wanted = m.weights  # <- cause
grads = tape.gradient(loss, wanted)
norms = [tf.norm(g) for g in grads]  # <- raises
