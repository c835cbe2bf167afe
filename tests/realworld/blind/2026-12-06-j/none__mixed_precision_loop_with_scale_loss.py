# source: https://github.com/tensorflow/tensorflow/issues/33484
# family: none
# raises: NONE
# cause: 3:5
# raise: NONE
# culprit: scale_loss
# expect: Nothing is wrong: under mixed_float16 the loop scales the float32 loss with Keras 3's LossScaleOptimizer.scale_loss and hands the scaled gradients to apply_gradients, which unscales them; the softmax output is kept in float32. No error and no warning.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(31)
x = rng.random((32, 10), dtype=np.float32)
y = rng.integers(0, 3, 32)
# %%
inputs = keras.Input((10,))
h = keras.layers.Dense(16, activation="relu")(inputs)
outputs = keras.layers.Dense(3, activation="softmax", dtype="float32")(h)
model = keras.Model(inputs, outputs)
loss_fn = keras.losses.SparseCategoricalCrossentropy()
optimizer = keras.mixed_precision.LossScaleOptimizer(keras.optimizers.Adam(1e-3))
# %%
@tf.function
def train_step(xb, yb):
    with tf.GradientTape() as tape:
        loss = loss_fn(yb, model(xb))
        scaled = optimizer.scale_loss(loss)
    grads = tape.gradient(scaled, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss
# %%
for start in range(0, 32, 16):
    print(float(train_step(x[start:start + 16], y[start:start + 16])))
