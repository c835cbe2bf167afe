# source: https://github.com/rstudio/keras3/issues/515
# family: missing_gradient
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: directional_loss | y_true
# expect: directional_loss computes the predicted step from y_true instead of y_pred (copy-paste slip), so the loss does not depend on the model output and every gradient is None: "No gradients provided for any variable". Use y_pred in pred_step.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(17)
price_windows = rng.random((32, 9)).astype("float32")
next_prices = rng.random((32, 9)).astype("float32")
# %%
def directional_loss(y_true, y_pred):
    pred_step = y_true[:, 1:] - y_true[:, :-1]
    true_step = y_true[:, 1:] - y_true[:, :-1]
    agreement = tf.tanh(10.0 * pred_step) * tf.sign(true_step)
    return tf.reduce_mean(1.0 - agreement)

trader = keras.Sequential([keras.Input((9,)), keras.layers.Dense(9)])
trader.compile(optimizer="adam", loss=directional_loss)
# %%
trader.fit(price_windows, next_prices, batch_size=8, epochs=1, verbose=0)
