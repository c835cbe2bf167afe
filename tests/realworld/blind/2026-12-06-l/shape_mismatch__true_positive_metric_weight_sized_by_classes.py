# source: https://github.com/tensorflow/tensorflow/issues/52535
# family: shape_mismatch
# raises: ValueError
# cause: 2:10, 2:4
# raise: 3:1
# culprit: true_positives | assign_add
# expect: The custom metric's state variable was created with shape (2,) (one slot per class), but update_state adds the un-reduced per-sample hits of shape (batch, 1), which broadcast to (batch, 2); assign_add requires exactly the variable's shape. Reduce the batch before updating (tf.reduce_sum over the batch) or create a scalar state variable.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(29)
x = rng.normal(size=(96, 6)).astype(np.float32)
y = (x[:, :1] > 0).astype(np.float32)
# %%
class TruePositives(keras.metrics.Metric):
    def __init__(self, name="true_positives", **kwargs):
        super().__init__(name=name, **kwargs)
        self.true_positives = self.add_weight(name="tp", shape=(2,), initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_true = tf.cast(y_true, tf.bool)
        y_pred = tf.cast(tf.round(y_pred), tf.bool)
        hits = tf.cast(tf.logical_and(y_true, y_pred), self.dtype)
        self.true_positives.assign_add(hits)

    def result(self):
        return tf.reduce_sum(self.true_positives)

model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[TruePositives()])
# %%
model.fit(x, y, batch_size=32, epochs=1, verbose=0)
