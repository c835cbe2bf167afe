# source: https://github.com/tensorflow/tensorflow/issues/61771
# family: other
# raises: InvalidArgumentError
# cause: 2:8, 1:4
# raise: 3:4
# culprit: mixed_float16 | chem_net | pred
# expect: with the global mixed_float16 policy the last Dense(3) of chem_net computes in float16, so pred is float16 while the float32 targets yb come from the dataset; `yb - pred` mixes half and float. Give the output layer dtype="float32" (the mixed-precision guide's advice) or cast pred to float32 before the loss.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
rng = np.random.default_rng(8)
spectra = rng.random((64, 32)).astype("float32")
concentrations = rng.random((64, 3)).astype("float32")
train_ds = tf.data.Dataset.from_tensor_slices((spectra, concentrations)).batch(16)
chem_net = keras.Sequential([
    keras.Input(shape=(32,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(3),
])
opt = keras.optimizers.Adam(1e-3)
# %%
for xb, yb in train_ds:
    with tf.GradientTape() as tape:
        pred = chem_net(xb, training=True)
        loss = tf.reduce_mean(tf.square(yb - pred))
    grads = tape.gradient(loss, chem_net.trainable_variables)
    opt.apply_gradients(zip(grads, chem_net.trainable_variables))
