# family: shape_mismatch
# raises: ValueError
# culprit: labels
import numpy as np
import tensorflow as tf
model = tf.keras.Sequential([tf.keras.Input((4,)), tf.keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy")
labels = np.zeros((16, 1), np.float32)  # <- cause
model.fit(np.zeros((16, 4), np.float32), labels, epochs=1, verbose=0)  # <- raises
