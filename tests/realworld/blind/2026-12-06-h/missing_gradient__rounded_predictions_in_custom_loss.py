# source: https://github.com/keras-team/keras/issues/4175
# family: missing_gradient
# raises: ValueError
# cause: 1:7
# raise: 3:1
# culprit: round | hard_error_loss
# expect: hard_error_loss rounds y_pred before comparing it with y_true; the Round op has no gradient, so every weight gets a None gradient and the optimizer raises "No gradients provided for any variable". Use a differentiable loss (binary cross-entropy on the probabilities) and keep rounding for a metric only.
# %%
import numpy as np
import tensorflow as tf
import keras

def hard_error_loss(y_true, y_pred):
    y_true = tf.cast(y_true, y_pred.dtype)
    predicted_class = tf.round(y_pred)
    return tf.reduce_mean(tf.abs(y_true - predicted_class))
# %%
rng = np.random.default_rng(23)
x_train = rng.random((100, 8)).astype("float32")
y_train = (x_train[:, 0] > 0.5).astype("float32")
model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(12, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="sgd", loss=hard_error_loss)
# %%
history = model.fit(x_train, y_train, epochs=2, batch_size=20, verbose=0)
