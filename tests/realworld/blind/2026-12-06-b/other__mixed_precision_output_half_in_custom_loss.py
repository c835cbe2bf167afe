# source: https://github.com/tensorflow/tensorflow/issues/38850
# family: other
# raises: InvalidArgumentError
# cause: 1:9
# raise: 3:4
# culprit: head | float16
# expect: Under the mixed_float16 policy the last Dense layer (head) also computes in float16, so the hand-written loss subtracts a float16 prediction from float32 targets and TensorFlow refuses. Give the output layer dtype="float32" (recommended for mixed precision) or cast y to the prediction dtype.
# %%
import numpy as np
import tensorflow as tf
import keras
keras.mixed_precision.set_global_policy("mixed_float16")
rng = np.random.default_rng(29)
x_all = rng.normal(size=(32, 12)).astype("float32")
y_all = rng.normal(size=(32, 1)).astype("float32")
body = keras.layers.Dense(16, activation="relu")
head = keras.layers.Dense(1)
net = keras.Sequential([keras.Input((12,)), body, head])
# %%
opt = keras.optimizers.Adam(1e-3)
def mse(y, pred):
    return tf.reduce_mean(tf.square(y - pred))
# %%
for i in range(0, 32, 16):
    xb, yb = x_all[i:i + 16], tf.constant(y_all[i:i + 16])
    with tf.GradientTape() as tape:
        loss = mse(yb, net(xb, training=True))
    opt.apply_gradients(zip(tape.gradient(loss, net.trainable_variables), net.trainable_variables))
