# source: https://github.com/tensorflow/tensorflow/issues/126007
# family: other
# raises: InvalidArgumentError
# cause: 2:8
# raise: 3:3
# culprit: tf.print | StringFormat | jit_compile
# expect: train_step is compiled with @tf.function(jit_compile=True), which must compile every op with XLA; the debugging tf.print lowers to a StringFormat op that has no XLA_CPU_JIT kernel, so the first call fails with "Detected unsupported operations when trying to compile graph ... StringFormat". Remove the tf.print from the jit-compiled step (print the returned loss outside) or drop jit_compile=True.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(126)
readings = rng.random((64, 10)).astype("float32")
targets = rng.random((64, 1)).astype("float32")
regressor = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
optimizer = keras.optimizers.Adam(1e-3)
# %%
@tf.function(jit_compile=True)
def train_step(x, y):
    with tf.GradientTape() as tape:
        pred = regressor(x, training=True)
        loss = tf.reduce_mean(tf.square(pred - y))
    grads = tape.gradient(loss, regressor.trainable_variables)
    optimizer.apply_gradients(zip(grads, regressor.trainable_variables))
    tf.print("batch loss:", loss)
    return loss
# %%
dataset = tf.data.Dataset.from_tensor_slices((readings, targets)).batch(16)
for step, (xb, yb) in enumerate(dataset):
    loss_value = train_step(xb, yb)
print(float(loss_value))
