# source: https://github.com/tensorflow/tensorflow/issues/45604
# family: missing_gradient
# raises: ValueError
# cause: 3:6
# raise: 3:8
# culprit: gen_loss | gen_tape
# expect: The minus sign that turns the critic score into the generator loss is applied after the with gen_tape block has closed, so the tape never recorded gen_loss and tape.gradient returns None for every generator variable ("No gradients provided for any variable"). Compute gen_loss = -tf.reduce_mean(score) inside the tape block.
# %%
import numpy as np
import tensorflow as tf
import keras

latent_dim = 6
rng = np.random.default_rng(14)
noise_bank = rng.normal(size=(32, latent_dim)).astype("float32")
# %%
generator = keras.Sequential([keras.Input((latent_dim,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(4)])
critic = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
gen_opt = keras.optimizers.Adam(1e-3)
# %%
z = tf.constant(noise_bank[:16])
with tf.GradientTape() as gen_tape:
    fake = generator(z, training=True)
    score = tf.reduce_mean(critic(fake, training=True))

gen_loss = -score
gen_grads = gen_tape.gradient(gen_loss, generator.trainable_variables)
gen_opt.apply_gradients(zip(gen_grads, generator.trainable_variables))
