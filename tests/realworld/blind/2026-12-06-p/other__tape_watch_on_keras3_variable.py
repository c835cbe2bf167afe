# source: https://github.com/keras-team/keras/issues/19155
# family: other
# raises: ValueError
# cause: 3:3
# raise: 3:3
# culprit: tape.watch | head_kernel
# expect: With watch_accessed_variables=False the user watches only the last layer's kernel, but a Keras 3 Variable is not a tf.Variable, so GradientTape.watch rejects it. Watch head_kernel.value (the backing tf.Variable) or let the tape watch accessed variables and select the gradients afterwards.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(16)
coords = tf.constant(rng.random((16, 2)).astype("float32"))
field = tf.constant(rng.random((16, 1)).astype("float32"))
# %%
pinn = keras.Sequential([keras.Input((2,)), keras.layers.Dense(32, activation="tanh"),
                         keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(1)])
head_kernel = pinn.layers[-1].kernel
optimizer = keras.optimizers.Adam(1e-3)
# %%
for step in range(2):
    with tf.GradientTape(watch_accessed_variables=False) as tape:
        tape.watch(head_kernel)
        loss = tf.reduce_mean(tf.square(pinn(coords) - field))
    grads = tape.gradient(loss, [head_kernel])
    optimizer.apply_gradients(zip(grads, [head_kernel]))
