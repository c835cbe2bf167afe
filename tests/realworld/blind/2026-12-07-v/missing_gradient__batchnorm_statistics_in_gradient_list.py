# source: https://github.com/tensorflow/tensorflow/issues/26404
# family: missing_gradient
# raises: ValueError
# cause: 2:4
# raise: 2:6
# culprit: params | moving_mean
# expect: gradients are requested for net.variables, which includes the BatchNormalization moving_mean and moving_variance; those non-trainable statistics get None gradients and tf.clip_by_norm(None) fails. Differentiate with respect to net.trainable_variables.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
x_batch = np.random.rand(16, 8).astype("float32")
y_batch = np.random.randint(0, 3, 16)
net = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16), keras.layers.BatchNormalization(), keras.layers.Dense(3)])
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
opt = keras.optimizers.Adam(1e-3)
# %%
with tf.GradientTape() as tape:
    logits = net(x_batch, training=True)
    loss = loss_fn(y_batch, logits)
params = net.variables
grads = tape.gradient(loss, params)
clipped = [tf.clip_by_norm(g, 1.0) for g in grads]
opt.apply_gradients(zip(clipped, params))
