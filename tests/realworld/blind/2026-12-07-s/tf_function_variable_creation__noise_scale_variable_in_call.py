# source: https://github.com/Nikolai10/scrabble-gan/issues/2
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 5:2
# culprit: noise_scale | NoisyUpsample
# expect: NoisyUpsample.call assigns a brand-new tf.Variable (noise_scale) each time it runs; the train_step tf.function traces the generator and may only create variables on its first trace, so the call fails. Create noise_scale once with self.add_weight in build() (or __init__) and only read it in call
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(33)
# %%
class NoisyUpsample(layers.Layer):
    def call(self, x):
        self.noise_scale = tf.Variable(0.1, trainable=True, name="noise_scale")
        up = tf.repeat(tf.repeat(x, 2, axis=1), 2, axis=2)
        return up + self.noise_scale * tf.random.normal(tf.shape(up))
# %%
latent = keras.Input((4, 4, 8))
h = NoisyUpsample()(latent)
word_img = layers.Conv2D(1, 3, padding="same", activation="tanh")(h)
generator = keras.Model(latent, word_img)
g_opt = keras.optimizers.Adam(2e-4)


@tf.function
def train_step(z, real):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.abs(generator(z, training=True) - real))
    grads = tape.gradient(loss, generator.trainable_variables)
    g_opt.apply_gradients(zip(grads, generator.trainable_variables))
    return loss
# %%
z = rng.normal(size=(4, 4, 4, 8)).astype("float32")
real = rng.uniform(-1, 1, size=(4, 8, 8, 1)).astype("float32")
# %%
for step in range(2):
    print(step, float(train_step(z, real)))
