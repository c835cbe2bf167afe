# source: https://github.com/tensorflow/tensorflow/issues/31919
# family: missing_gradient
# raises: ValueError
# cause: 3:4
# raise: 3:8
# culprit: fake_samples | moments
# expect: fake_samples.numpy() leaves the tape, so the discriminator's input is a constant and tape.gradient returns None for every generator variable, which apply_gradients rejects ("No gradients provided for any variable"); compute the moments with TensorFlow ops on the tensor (tf.reduce_mean, tf.math.reduce_std, ...) instead of NumPy
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
gen = keras.Sequential([keras.Input((1,)), keras.layers.Dense(16, activation="elu"), keras.layers.Dense(100)])
disc = keras.Sequential([keras.Input((4,)), keras.layers.Dense(16, activation="elu"), keras.layers.Dense(1)])
g_opt = keras.optimizers.Adam(1e-3)
bce = keras.losses.BinaryCrossentropy(from_logits=True)
def moments(samples):
    centred = samples - samples.mean()
    return np.array([[samples.mean(), samples.std(), (centred ** 3).mean(), (centred ** 4).mean()]], dtype="float32")
# %%
noise = np.random.rand(1, 1).astype("float32")
with tf.GradientTape() as tape:
    fake_samples = gen(noise)
    stats = moments(fake_samples.numpy().T)
    verdict = disc(stats)
    g_loss = bce(tf.ones_like(verdict), verdict)
grads = tape.gradient(g_loss, gen.trainable_variables)
g_opt.apply_gradients(zip(grads, gen.trainable_variables))
