# source: https://github.com/google-research/google-research/issues/2251
# family: other
# raises: InaccessibleTensorError
# cause: 2:8, 2:4
# raise: 4:1
# culprit: PeakAbsError | peak
# expect: PeakAbsError keeps its running maximum in a plain Python attribute (self.peak = tf.maximum(...)); inside the traced train step this stores a graph tensor that is later read from another function, so TensorFlow raises "is out of scope and cannot be used here". Keep metric state in a variable created with self.add_variable and update it with .assign(tf.maximum(...)).
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class PeakAbsError(keras.metrics.Metric):
    def __init__(self, name="peak_abs_err", **kwargs):
        super().__init__(name=name, **kwargs)
        self.peak = tf.constant(0.0)

    def update_state(self, y_true, y_pred, sample_weight=None):
        worst = tf.reduce_max(tf.abs(tf.cast(y_true, y_pred.dtype) - y_pred))
        self.peak = tf.maximum(self.peak, worst)

    def result(self):
        return self.peak

    def reset_state(self):
        self.peak = tf.constant(0.0)
# %%
rng = np.random.default_rng(8)
card_feats = rng.random((64, 6)).astype("float32")
card_target = rng.random((64, 1)).astype("float32")
estimator = keras.Sequential([keras.Input(shape=(6,)), keras.layers.Dense(16, activation="relu"),
                              keras.layers.Dense(1)])
estimator.compile(optimizer="adam", loss="mse", metrics=[PeakAbsError()])
# %%
estimator.fit(card_feats, card_target, batch_size=16, epochs=2, verbose=0)
