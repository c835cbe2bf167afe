# source: https://github.com/NoAchache/TextBoxGAN/pull/21
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. one tape is used for two gradient calls, but it is created with persistent=True and deleted afterwards, so both the generator and discriminator gradients are computed; nothing to report.
# %%
import numpy as np
import tensorflow as tf
import keras
LATENT = 8
gen = keras.Sequential([keras.Input(shape=(LATENT,)), keras.layers.Dense(16, activation="relu"),
                        keras.layers.Dense(4)])
disc = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(16, activation="relu"),
                         keras.layers.Dense(1)])
g_opt, d_opt = keras.optimizers.Adam(1e-4), keras.optimizers.Adam(1e-4)
bce = keras.losses.BinaryCrossentropy(from_logits=True)
# %%
def gan_step(real):
    with tf.GradientTape(persistent=True) as tape:
        fake = gen(tf.random.normal((tf.shape(real)[0], LATENT)), training=True)
        real_logits = disc(real, training=True)
        fake_logits = disc(fake, training=True)
        g_loss = bce(tf.ones_like(fake_logits), fake_logits)
        d_loss = bce(tf.ones_like(real_logits), real_logits) + bce(tf.zeros_like(fake_logits), fake_logits)
    g_grads = tape.gradient(g_loss, gen.trainable_variables)
    d_grads = tape.gradient(d_loss, disc.trainable_variables)
    del tape
    g_opt.apply_gradients(zip(g_grads, gen.trainable_variables))
    d_opt.apply_gradients(zip(d_grads, disc.trainable_variables))
    return g_loss, d_loss
# %%
rng = np.random.default_rng(31)
real_points = tf.constant(rng.normal(size=(32, 4)), dtype=tf.float32)
for _ in range(2):
    g_l, d_l = gan_step(real_points)
print(float(g_l), float(d_l))
