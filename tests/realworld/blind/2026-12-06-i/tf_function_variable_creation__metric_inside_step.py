# source: https://github.com/tensorflow/tensorflow/issues/40381
# family: tf_function_variable_creation
# raises: ValueError
# cause: 2:3
# raise: 3:2
# culprit: batch_loss | keras.metrics.Mean
# expect: train_step builds a new keras.metrics.Mean (which creates tf.Variables) on every trace inside the tf.function, which tf.function forbids (variables only on the first call / singleton). Create the metric once outside the function and reset it per epoch.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(4)
X = rng.normal(size=(64, 10)).astype("float32")
Y = rng.normal(size=(64, 1)).astype("float32")
model = keras.Sequential([keras.Input((10,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
optimizer = keras.optimizers.SGD(0.01)
# %%
@tf.function
def train_step(x, y):
    batch_loss = keras.metrics.Mean(name="batch_loss")
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(model(x, training=True) - y))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    batch_loss.update_state(loss)
    return batch_loss.result()
# %%
for i in range(0, 64, 16):
    print(float(train_step(X[i:i + 16], Y[i:i + 16])))
