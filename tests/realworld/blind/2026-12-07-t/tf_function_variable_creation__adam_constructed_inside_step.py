# source: https://github.com/tensorflow/tensorflow/issues/43968
# family: tf_function_variable_creation
# raises: ValueError
# cause: 3:3
# raise: 4:3
# culprit: Adam | train_step
# expect: a new keras Adam optimizer (with its own iteration/slot variables) is constructed inside the tf.function train_step, so tracing creates fresh tf.Variables on a call that is not allowed to create them; create the optimizer once outside the function and reuse it
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
forecaster = keras.Sequential([keras.Input((12,)), keras.layers.Dense(24, activation="relu"), keras.layers.Dense(1)])
series = np.random.rand(128, 12).astype("float32")
target = np.random.rand(128, 1).astype("float32")
# %%
@tf.function
def train_step(x, y):
    adam = keras.optimizers.Adam(learning_rate=1e-3)
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(forecaster(x) - y))
    grads = tape.gradient(loss, forecaster.trainable_variables)
    adam.apply_gradients(zip(grads, forecaster.trainable_variables))
    return loss
# %%
for epoch in range(3):
    for i in range(0, 128, 32):
        loss = train_step(series[i:i + 32], target[i:i + 32])
