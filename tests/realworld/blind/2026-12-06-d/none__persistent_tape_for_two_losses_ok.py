# source: https://github.com/sql-machine-learning/elasticdl/issues/1144
# family: none
# raises: NONE
# cause: 3:4
# raise: NONE
# culprit: persistent
# expect: Control: the tape is created with persistent=True, so computing the generator and discriminator gradients from the same tape is valid (and the tape is deleted afterwards); nothing to report.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(92)
real = rng.normal(loc=2.0, size=(64, 4)).astype(np.float32)
# %%
gen = keras.Sequential([keras.Input((3,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(4)])
disc = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
g_opt, d_opt = keras.optimizers.Adam(1e-3), keras.optimizers.Adam(1e-3)
bce = keras.losses.BinaryCrossentropy(from_logits=True)
# %%
for start in range(0, 64, 32):
    batch = real[start:start + 32]
    noise = tf.random.normal((32, 3), seed=start)
    with tf.GradientTape(persistent=True) as tape:
        fake = gen(noise, training=True)
        d_real, d_fake = disc(batch, training=True), disc(fake, training=True)
        d_loss = bce(tf.ones_like(d_real), d_real) + bce(tf.zeros_like(d_fake), d_fake)
        g_loss = bce(tf.ones_like(d_fake), d_fake)
    d_grads = tape.gradient(d_loss, disc.trainable_weights)
    g_grads = tape.gradient(g_loss, gen.trainable_weights)
    del tape
    d_opt.apply_gradients(zip(d_grads, disc.trainable_weights))
    g_opt.apply_gradients(zip(g_grads, gen.trainable_weights))
