# family: missing_gradient
# raises: ValueError
# culprit: tf.round
import numpy as np
import tensorflow as tf
import keras
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
opt = keras.optimizers.SGD(0.1)
states = np.random.default_rng(0).random((4, 4)).astype("float32")
taken = np.array([0, 1, 2, 0], dtype="float32")
with tf.GradientTape() as tape:
    logits = model(states)
    picked = tf.gather(logits, tf.cast(taken, tf.int32), axis=1, batch_dims=1)
    loss = tf.reduce_mean(tf.round(picked))  # <- cause
grads = tape.gradient(loss, model.trainable_variables)
opt.apply_gradients(zip(grads, model.trainable_variables))  # <- raises
