# source: https://github.com/tensorflow/docs/pull/842
# family: other
# raises: RuntimeError
# cause: 2:3
# raise: 2:10
# culprit: tape | persistent
# expect: One non-persistent GradientTape records both losses, and its first tape.gradient call releases it, so the second call for the critic fails. Use two tapes (one per loss) or tf.GradientTape(persistent=True) and delete it afterwards.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(23)
real = tf.constant(rng.normal(size=(16, 4)), tf.float32)
generator = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4)])
critic = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
g_opt, c_opt = keras.optimizers.Adam(1e-4), keras.optimizers.Adam(1e-4)
# %%
def fitting(real_batch):
    noise = tf.random.normal([real_batch.shape[0], 8], seed=1)
    with tf.GradientTape() as tape:
        fake = generator(noise, training=True)
        c_real, c_fake = critic(real_batch, training=True), critic(fake, training=True)
        g_loss = -tf.reduce_mean(c_fake)
        c_loss = tf.reduce_mean(c_fake) - tf.reduce_mean(c_real)
    g_grads = tape.gradient(g_loss, generator.trainable_weights)
    g_opt.apply_gradients(zip(g_grads, generator.trainable_weights))
    c_grads = tape.gradient(c_loss, critic.trainable_weights)
    c_opt.apply_gradients(zip(c_grads, critic.trainable_weights))
    return g_loss, c_loss

for epoch in range(2):
    print(fitting(real))
