# source: https://github.com/tensorflow/tensorflow/issues/18636
# family: missing_gradient
# raises: ValueError
# cause: 3:2
# raise: 4:5
# culprit: tf.round | sr_loss
# expect: sr_loss rounds the network output with tf.round, which has no gradient, so tape.gradient returns None for every variable of net and apply_gradients refuses; keep the loss on the continuous prediction (round only for evaluation) or use a straight-through estimator
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(21)
low_res = rng.random((32, 16)).astype("float32")
high_res = (low_res * 3.0 + rng.normal(0, 0.1, (32, 16))).astype("float32")
# %%
net = keras.Sequential([
    keras.Input((16,)),
    keras.layers.Dense(64, activation="relu"),
    keras.layers.Dense(16),
])
optimizer = keras.optimizers.Adam(1e-3)
# %%
def sr_loss(output, target, tao=0.5):
    stepped = tf.round(output)
    return tf.reduce_mean(tf.square(stepped * tao / 2 + low_res - target))
# %%
with tf.GradientTape() as tape:
    pred = net(low_res, training=True)
    loss = sr_loss(pred, high_res)
grads = tape.gradient(loss, net.trainable_variables)
optimizer.apply_gradients(zip(grads, net.trainable_variables))
