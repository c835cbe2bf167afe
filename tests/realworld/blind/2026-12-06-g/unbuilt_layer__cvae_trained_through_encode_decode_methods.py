# source: https://github.com/tensorflow/tensorflow/issues/33244
# family: unbuilt_layer
# raises: ValueError
# cause: 3:2, 1:9
# raise: 3:2
# culprit: CVAE | build | save_weights
# expect: The CVAE is only ever used through its encode()/decode() methods in the training loop, so the Model's own call/build never ran and Keras still considers the model unbuilt, even though its sub-layers have weights; save_weights refuses. Call model.build(input_shape) (or run the model once through __call__) before saving.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(30)
train_images = (rng.random((64, 28, 28, 1)) > 0.5).astype("float32")

class CVAE(keras.Model):
    def __init__(self, latent_dim):
        super().__init__()
        self.latent_dim = latent_dim
        self.encoder = keras.Sequential([keras.layers.Flatten(), keras.layers.Dense(2 * latent_dim)])
        self.decoder = keras.Sequential([keras.layers.Dense(28 * 28), keras.layers.Reshape((28, 28, 1))])

    def encode(self, x):
        mean, logvar = tf.split(self.encoder(x), 2, axis=1)
        return mean, logvar

    def decode(self, z):
        return self.decoder(z)
# %%
model = CVAE(latent_dim=2)
optimizer = keras.optimizers.Adam(1e-3)
for batch in tf.data.Dataset.from_tensor_slices(train_images).batch(32):
    with tf.GradientTape() as tape:
        mean, logvar = model.encode(batch)
        z = mean + tf.exp(0.5 * logvar) * tf.random.normal(tf.shape(mean), seed=0)
        logits = model.decode(z)
        loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=batch, logits=logits))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
# %%
ckpt_path = os.path.join(tempfile.mkdtemp(), "cvae.weights.h5")
model.save_weights(ckpt_path)
