# source: https://github.com/tensorflow/tensorflow/issues/35393
# family: other
# raises: AttributeError
# cause: 1:4
# raise: 3:1
# culprit: r2_metric
# expect: compiled metrics run inside the traced train function, where y_true and y_pred are symbolic tensors without .numpy(); the custom R2 metric calls .numpy() and fails. Rewrite r2_metric with TensorFlow ops (tf.reduce_sum, tf.reduce_mean) or, for debugging only, compile with run_eagerly=True.
# %%
import numpy as np
import tensorflow as tf
def r2_metric(y_true, y_pred):
    yt, yp = y_true.numpy(), y_pred.numpy()
    ss_res = np.sum((yt - yp) ** 2)
    ss_tot = np.sum((yt - yt.mean()) ** 2)
    return 1.0 - ss_res / ss_tot
# %%
window = np.random.rand(64, 12, 3).astype("float32")
target = np.random.rand(64, 2).astype("float32")
forecaster = tf.keras.Sequential([
    tf.keras.Input((12, 3)),
    tf.keras.layers.LSTM(16),
    tf.keras.layers.Dense(2),
])
forecaster.compile(optimizer="adam", loss="mse", metrics=[r2_metric])
# %%
forecaster.fit(window, target, epochs=1, verbose=0)
