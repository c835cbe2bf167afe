# source: https://github.com/akanimax/msg-gan-v1/issues/4
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: the critic update wraps the generated samples in tf.stop_gradient and differentiates only with respect to disc.trainable_variables, so no generator gradient is needed and every critic variable gets a gradient; nothing to report.
# %%
import tensorflow as tf
from tensorflow import keras
gen = keras.Sequential([keras.Input((6,)), keras.layers.Dense(12, activation="relu"), keras.layers.Dense(3)])
disc = keras.Sequential([keras.Input((3,)), keras.layers.Dense(12, activation="relu"), keras.layers.Dense(1)])
d_opt = keras.optimizers.Adam(2e-4)
real = tf.random.normal((32, 3))
# %%
with tf.GradientTape() as d_tape:
    fake = tf.stop_gradient(gen(tf.random.normal((32, 6))))
    d_loss = tf.reduce_mean(disc(fake)) - tf.reduce_mean(disc(real))
d_grads = d_tape.gradient(d_loss, disc.trainable_variables)
d_opt.apply_gradients(zip(d_grads, disc.trainable_variables))
print(float(d_loss))
