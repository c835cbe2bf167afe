# source: https://github.com/pytorch/pytorch/issues/12136
# family: missing_gradient
# raises: ValueError
# cause: 2:3
# raise: 3:5
# culprit: sample_fakes | stop_gradient
# expect: the sampling helper wraps the generator output in tf.stop_gradient, which is right for the critic step but cuts the generator off in its own step: all generator gradients are None and apply_gradients reports no gradients. Drop stop_gradient from the generator update (apply it only where the critic is trained).
# %%
import tensorflow as tf
from tensorflow import keras
LATENT = 8
generator = keras.Sequential([keras.Input((LATENT,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4)])
critic = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
g_opt = keras.optimizers.Adam(1e-4)
# %%
def sample_fakes(n):
    z = tf.random.normal((n, LATENT))
    return tf.stop_gradient(generator(z, training=True))
# %%
with tf.GradientTape() as g_tape:
    fakes = sample_fakes(32)
    g_loss = -tf.reduce_mean(critic(fakes, training=True))
g_grads = g_tape.gradient(g_loss, generator.trainable_variables)
g_opt.apply_gradients(zip(g_grads, generator.trainable_variables))
