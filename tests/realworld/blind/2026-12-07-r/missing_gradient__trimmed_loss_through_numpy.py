# source: https://github.com/tensorflow/tensorflow/issues/36596
# family: missing_gradient
# raises: ValueError
# cause: 3:2, 3:4
# raise: 4:6
# culprit: trimmed_abs_loss | .numpy()
# expect: trimmed_abs_loss converts the predictions to NumPy (.numpy(), np.sort) and wraps the result back in tf.constant, so the loss has no connection to the model's variables on the tape; every gradient is None and apply_gradients raises "No gradients provided for any variable". Write the loss with TensorFlow ops only (e.g. tf.sort / tf.math.top_k on the tensors) and never leave the tape through NumPy.
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
regressor = keras.Sequential([keras.Input(shape=(5,)), keras.layers.Dense(8, activation="relu"),
                              keras.layers.Dense(1)])
optimizer = keras.optimizers.Adam(1e-2)
rng = np.random.default_rng(6)
x_batch = rng.normal(size=(32, 5)).astype("float32")
y_batch = rng.normal(size=(32, 1)).astype("float32")
# %%
def trimmed_abs_loss(y_true, y_pred, keep=0.8):
    errors = np.abs(y_true - y_pred.numpy()).ravel()
    kept = np.sort(errors)[: int(keep * errors.size)]
    return tf.constant(kept.mean())
# %%
with tf.GradientTape() as tape:
    preds = regressor(x_batch, training=True)
    loss_value = trimmed_abs_loss(y_batch, preds)
grads = tape.gradient(loss_value, regressor.trainable_variables)
print(loss_value.numpy(), grads[:2])
optimizer.apply_gradients(zip(grads, regressor.trainable_variables))
