# source: https://github.com/whyisyoung/CADE/issues/3
# family: missing_gradient
# raises: ValueError
# cause: 2:2
# raise: 3:5
# culprit: recon_loss
# expect: recon_loss was computed in cell 2, before the GradientTape in cell 3 was opened, so the tape recorded nothing that connects it to the autoencoder's weights; every gradient is None and apply_gradients refuses. Compute the loss from the model's output inside the `with tf.GradientTape()` block.
# %%
import numpy as np
import tensorflow as tf
import keras
samples = np.random.rand(64, 20).astype("float32")
autoenc = keras.Sequential([
    keras.Input((20,)),
    keras.layers.Dense(8, activation="relu", name="encoder_0"),
    keras.layers.Dense(20, name="decoder_0"),
])
opt = keras.optimizers.Adam(1e-3)
# %%
recon = autoenc(samples)
recon_loss = tf.reduce_mean(tf.square(recon - samples))
print("initial loss", float(recon_loss))
# %%
for epoch in range(3):
    with tf.GradientTape() as tape:
        loss_value = recon_loss
    grads = tape.gradient(loss_value, autoenc.trainable_variables)
    opt.apply_gradients(zip(grads, autoenc.trainable_variables))
