# source: https://web-dev-qa-db-ja.com/ja/python/tf-20%EF%BC%9Aruntimeerror%EF%BC%9Agradienttapegradient%E3%81%AF%E3%80%81%E9%9D%9E%E6%B0%B8%E7%B6%9A%E7%9A%84%E3%81%AA%E3%83%86%E3%83%BC%E3%83%97%E3%81%A71%E5%9B%9E%E3%81%A0%E3%81%91%E5%91%BC%E3%81%B3%E5%87%BA%E3%81%99%E3%81%93%E3%81%A8%E3%81%8C%E3%81%A7%E3%81%8D%E3%81%BE%E3%81%99/809781426
# family: other
# raises: RuntimeError
# cause: 2:5
# raise: 3:3
# culprit: tape | persistent
# expect: The tape is not persistent, so after the first tape.gradient (reconstruction loss for the decoder) it is released and the second call for the encoder raises "A non-persistent GradientTape can only be used to compute one set of gradients"; open it with tf.GradientTape(persistent=True) (and del it afterwards).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.RandomState(19)
frames = tf.constant(rng.rand(32, 20).astype("float32"))
encoder = keras.Sequential([keras.Input((20,)), keras.layers.Dense(6, activation="relu")])
decoder = keras.Sequential([keras.Input((6,)), keras.layers.Dense(20)])
# %%
enc_opt = keras.optimizers.Adam(1e-3)
dec_opt = keras.optimizers.Adam(1e-3)

def ae_step(batch, sparsity=1e-2):
    with tf.GradientTape() as tape:
        code = encoder(batch)
        recon_loss = tf.reduce_mean(tf.square(decoder(code) - batch))
        code_loss = recon_loss + sparsity * tf.reduce_mean(tf.abs(code))
    dec_grads = tape.gradient(recon_loss, decoder.trainable_variables)
    enc_grads = tape.gradient(code_loss, encoder.trainable_variables)
    dec_opt.apply_gradients(zip(dec_grads, decoder.trainable_variables))
    enc_opt.apply_gradients(zip(enc_grads, encoder.trainable_variables))
    return recon_loss
# %%
for start in range(0, 32, 8):
    batch = frames[start:start + 8]
    loss = ae_step(batch)
print(float(loss))
