# source: https://github.com/tensorflow/tensorflow/issues/35817
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: float32
# expect: Nothing to report: under mixed_float16 the hidden layers compute in float16 but the output layer is declared dtype="float32", so the hand-written loss compares float32 predictions with float32 targets.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
data = np.random.default_rng(2).random((20, 5)).astype("float32")
encoder = keras.Sequential([
    keras.Input((5,)),
    keras.layers.Dense(5),
    keras.layers.LayerNormalization(),
    keras.layers.Activation("relu"),
    keras.layers.Dense(5, dtype="float32"),
])
opt = keras.optimizers.Adam(1e-3)
# %%
for start in range(0, 20, 10):
    batch = data[start:start + 10]
    with tf.GradientTape() as tape:
        recon = encoder(batch, training=True)
        loss = tf.reduce_mean(tf.square(batch - recon))
    opt.apply_gradients(zip(tape.gradient(loss, encoder.trainable_variables), encoder.trainable_variables))
print(recon.dtype, float(loss))
