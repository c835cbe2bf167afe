# source: https://github.com/keras-team/keras-io/pull/1693
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:9
# raise: 3:1
# culprit: SeedGenerator | train_step
# expect: train_step builds a new keras.random.SeedGenerator on every trace; a SeedGenerator owns a state variable, so when fit retraces train_step (the last, smaller batch) a variable is created on a non-first call: "tf.function only supports singleton tf.Variables created on the first call". Create the SeedGenerator once in __init__ and attach it to the model.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(28)
clean_signals = rng.random((26, 12)).astype("float32")
# %%
class DenoisingAE(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.encoder = keras.layers.Dense(6, activation="relu")
        self.decoder = keras.layers.Dense(12)

    def train_step(self, data):
        x = data
        noise_seed = keras.random.SeedGenerator(1337)
        noisy = x + 0.1 * keras.random.normal(tf.shape(x), seed=noise_seed)
        with tf.GradientTape() as tape:
            recon = self.decoder(self.encoder(noisy))
            loss = tf.reduce_mean(tf.square(recon - x))
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return {"loss": loss}

denoiser = DenoisingAE()
denoiser.compile(optimizer="adam")
# %%
denoiser.fit(clean_signals, batch_size=8, epochs=2, verbose=0)
