# source: https://github.com/tensorflow/tensorflow/issues/31439
# family: other
# raises: AttributeError
# cause: 2:11
# raise: 3:3
# culprit: numpy | train_step
# expect: Inside @tf.function the loss is a symbolic graph tensor, which has no .numpy(); log it with tf.print (or return it and convert outside the function) instead of calling loss.numpy() in train_step.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.RandomState(17)
signals = rng.rand(96, 12).astype("float32")
noise_level = rng.rand(96, 1).astype("float32")
ds = tf.data.Dataset.from_tensor_slices((signals, noise_level)).shuffle(96, seed=0).batch(32)
# %%
regressor = keras.Sequential([keras.Input((12,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
optimizer = keras.optimizers.Adam(1e-3)
loss_log = []

@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(regressor(x, training=True) - y))
    grads = tape.gradient(loss, regressor.trainable_variables)
    optimizer.apply_gradients(zip(grads, regressor.trainable_variables))
    loss_log.append(float(loss.numpy()))
    return loss
# %%
for epoch in range(2):
    for xb, yb in ds:
        train_step(xb, yb)
print(loss_log[-1])
