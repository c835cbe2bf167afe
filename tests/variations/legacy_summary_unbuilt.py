# family: unbuilt_layer
# raises: ValueError
# culprit: classifier
import os
os.environ["TF_USE_LEGACY_KERAS"] = "1"
import tensorflow as tf
classifier = tf.keras.Sequential([tf.keras.layers.Dense(4), tf.keras.layers.Dense(2)]) # <- cause
classifier.summary()  # <- cause raises
