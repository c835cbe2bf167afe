# source: https://github.com/keras-team/keras/issues/12703
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 1:6
# raise: 2:6
# culprit: poisson_deviance
# expect: poisson_deviance branches with a Python `if` on a tensor (tf.reduce_min(y_true) == 0.0). Keras 3 traces the loss inside its compiled train function without AutoGraph, so the tensor cannot be used as a Python bool. Express the branch with tensor ops: tf.where(y_true == 0, 2.0 * y_pred, ...).
# %%
import tensorflow as tf
import keras

def poisson_deviance(y_true, y_pred):
    y_pred = tf.maximum(y_pred, 1e-7)
    if tf.reduce_min(y_true) == 0.0:
        return tf.reduce_mean(2.0 * y_pred)
    return tf.reduce_mean(2.0 * (y_true * tf.math.log(y_true / y_pred) - y_true + y_pred))
# %%
import numpy as np
exposure = np.random.rand(64, 5).astype("float32")
claim_counts = np.random.poisson(0.5, size=(64, 1)).astype("float32")
frequency_model = keras.Sequential([keras.Input(shape=(5,)), keras.layers.Dense(1, activation="exponential")])
frequency_model.compile(optimizer="adam", loss=poisson_deviance)
frequency_model.fit(exposure, claim_counts, epochs=1, batch_size=16, verbose=0)
