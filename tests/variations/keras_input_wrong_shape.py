# family: shape_mismatch
# raises: ValueError
# culprit: images
import numpy as np
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.Input((784,)), tf.keras.layers.Dense(10)])
# Reshape the data or Flatten in the model: a judgment, so the cause stays at the raise.
images = np.zeros((32, 28, 28), np.float32)
model.predict(images, verbose=0)  # <- cause, raises
