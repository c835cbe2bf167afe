# family: checkpoint_mismatch
# raises: ValueError
# culprit: dense_3
import os, tempfile
import tensorflow as tf
folder = tempfile.mkdtemp()
old = tf.keras.Sequential([tf.keras.Input((6,)), tf.keras.layers.Dense(8), tf.keras.layers.Dense(3)])
old.save_weights(os.path.join(folder, "w.weights.h5"))
new = tf.keras.Sequential([tf.keras.Input((6,)), tf.keras.layers.Dense(8),
                           tf.keras.layers.Dense(8),  # <- cause
                           tf.keras.layers.Dense(3)])
new.load_weights(os.path.join(folder, "w.weights.h5"))  # <- raises
