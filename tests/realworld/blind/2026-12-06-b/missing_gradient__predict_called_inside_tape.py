# source: https://github.com/tensorflow/tensorflow/issues/38751
# family: missing_gradient
# raises: ValueError
# cause: 2:3
# raise: 3:4
# culprit: predict | regressor
# expect: The loss is computed from regressor.predict(...), which returns a NumPy array outside the tape, so the loss does not depend on any trainable variable, every gradient is None and apply_gradients raises "No gradients provided". Call the model directly (regressor(x, training=True)) inside the tape.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(7)
xs = rng.normal(size=(32, 2)).astype("float32")
ys = (3 * xs + 2 + rng.normal(scale=0.1, size=(32, 2))).astype("float32")
regressor = keras.Sequential([keras.Input((2,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(2)])
optimizer = keras.optimizers.SGD(0.01)
# %%
def compute_loss(x, y):
    with tf.GradientTape() as tape:
        preds = regressor.predict(x, verbose=0)
        loss = tf.reduce_mean(tf.square(preds - y))
    return loss, tape.gradient(loss, regressor.trainable_variables)
# %%
for step in range(2):
    loss_value, grads = compute_loss(xs, ys)
    print(step, float(loss_value))
    optimizer.apply_gradients(zip(grads, regressor.trainable_variables))
