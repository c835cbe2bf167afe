# family: shape_mismatch
# raises: ValueError
# culprit: readings
import numpy as np
import tensorflow as tf
import keras
features = np.random.default_rng(0).random((16, 5)).astype("float32")
targets = features.sum(axis=1, keepdims=True)
readings = tf.data.Dataset.from_tensor_slices((features, targets)).shuffle(16)  # <- cause
model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(1)])
model.compile("sgd", "mse")
model.fit(readings, epochs=1, verbose=0)  # <- raises
