# source: https://github.com/yzhao062/pyod/issues/459
# family: other
# raises: ValueError
# cause: 2:1, 2:17
# raise: 3:4
# culprit: shared_opt | critic
# expect: A single Keras optimizer instance (shared_opt) is built for the generator's variables on its first apply_gradients, and then asked to update the critic's variables, which it rejects as "Unknown variable"; give each model its own optimizer instance.
# %%
import numpy as np
import tensorflow as tf
import keras

LATENT = 4
rng = np.random.RandomState(31)
real_rows = tf.constant(rng.normal(2.0, 0.5, size=(64, 3)).astype("float32"))
generator = keras.Sequential([keras.Input((LATENT,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(3)])
critic = keras.Sequential([keras.Input((3,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
# %%
shared_opt = keras.optimizers.Adam(2e-4)

def generator_step(batch_size=16):
    z = tf.random.normal([batch_size, LATENT])
    with tf.GradientTape() as tape:
        fake_score = critic(generator(z))
        g_loss = -tf.reduce_mean(fake_score)
    grads = tape.gradient(g_loss, generator.trainable_variables)
    shared_opt.apply_gradients(zip(grads, generator.trainable_variables))
    return g_loss

def critic_step(real, batch_size=16):
    z = tf.random.normal([batch_size, LATENT])
    with tf.GradientTape() as tape:
        c_loss = tf.reduce_mean(critic(generator(z))) - tf.reduce_mean(critic(real))
    grads = tape.gradient(c_loss, critic.trainable_variables)
    shared_opt.apply_gradients(zip(grads, critic.trainable_variables))
    return c_loss
# %%
for it in range(2):
    real = tf.gather(real_rows, rng.choice(64, 16, replace=False))
    g = generator_step()
    c = critic_step(real)
    print(it, float(g), float(c))
