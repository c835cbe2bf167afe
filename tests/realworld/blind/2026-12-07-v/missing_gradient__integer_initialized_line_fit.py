# source: https://github.com/tensorflow/tensorflow/issues/27378
# family: missing_gradient
# raises: ValueError
# cause: 2:1, 2:2
# raise: 3:5
# culprit: slope | intercept
# expect: slope and intercept were initialized with Python ints, so they are int32 variables; gradients are not defined for integer tensors (the casts block them), tape.gradient returns None for both and the optimizer reports no gradients. Initialize them as floats (tf.Variable(1.0), tf.Variable(0.0)) and drop the casts.
# %%
import numpy as np
import tensorflow as tf
xs = np.linspace(-1, 1, 50).astype("float32")
ys = 3.0 * xs + 2.0 + np.random.normal(0, 0.1, 50).astype("float32")
# %%
slope = tf.Variable(1)
intercept = tf.Variable(0)
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
# %%
with tf.GradientTape() as tape:
    pred = tf.cast(slope, tf.float32) * xs + tf.cast(intercept, tf.float32)
    loss = tf.reduce_mean((pred - ys) ** 2)
grads = tape.gradient(loss, [slope, intercept])
opt.apply_gradients(zip(grads, [slope, intercept]))
