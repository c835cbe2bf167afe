# source: https://github.com/tkipf/keras-gcn/issues/55
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 1:8
# raise: 3:1
# culprit: AutoRescale | tf.reduce_max
# expect: AutoRescale.call branches with a Python `if` on a tensor (tf.reduce_max(inputs) > 1.0); Keras traces call() symbolically when the Sequential model is built, and a symbolic tensor cannot be used as a Python bool. Use tensor ops instead: tf.where(tf.reduce_max(inputs) > 1.0, inputs / 255.0, inputs), or rescale unconditionally.
# %%
import numpy as np
import tensorflow as tf
import keras

class AutoRescale(keras.layers.Layer):
    """Scales raw pixel counts to [0, 1] when they look unnormalised."""
    def call(self, inputs):
        if tf.reduce_max(inputs) > 1.0:
            return inputs / 255.0
        return inputs
# %%
rng = np.random.default_rng(4)
scans = rng.integers(0, 256, size=(40, 12, 12, 1)).astype("float32")
scan_labels = rng.integers(0, 2, size=40)
# %%
scan_model = keras.Sequential([
    keras.Input(shape=(12, 12, 1)),
    AutoRescale(),
    keras.layers.Conv2D(4, 3, activation="relu"),
    keras.layers.Flatten(),
    keras.layers.Dense(1, activation="sigmoid"),
])
scan_model.compile(optimizer="adam", loss="binary_crossentropy")
scan_model.fit(scans, scan_labels, epochs=1, verbose=0)
