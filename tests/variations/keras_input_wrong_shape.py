# family: shape_mismatch
# raises: ValueError
# culprit: images
import numpy as np
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.Input((784,)), tf.keras.layers.Dense(10)])
images = np.zeros((32, 28, 28), np.float32)  # <- cause
model.predict(images, verbose=0)  # <- raises
