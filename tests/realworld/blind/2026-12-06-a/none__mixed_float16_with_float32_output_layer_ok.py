# source: https://github.com/vanvalenlab/deepcell-tf/pull/490
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. the global mixed_float16 policy makes the hidden layers compute in float16, but the output layer is declared with dtype="float32", so pred is float32 and subtracting the float32 targets is fine; nothing to report.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
# %%
rng = np.random.default_rng(32)
spectra = rng.random((64, 32)).astype("float32")
concentrations = rng.random((64, 3)).astype("float32")
train_ds = tf.data.Dataset.from_tensor_slices((spectra, concentrations)).batch(16)
chem_head = keras.layers.Dense(3, dtype="float32", name="chem_head")
chem_net = keras.Sequential([keras.Input(shape=(32,)), keras.layers.Dense(64, activation="relu"), chem_head])
opt = keras.optimizers.Adam(1e-3)
# %%
for xb, yb in train_ds:
    with tf.GradientTape() as tape:
        pred = chem_net(xb, training=True)
        loss = tf.reduce_mean(tf.square(yb - pred))
    grads = tape.gradient(loss, chem_net.trainable_variables)
    opt.apply_gradients(zip(grads, chem_net.trainable_variables))
print(pred.dtype, float(loss))
