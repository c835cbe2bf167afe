# family: checkpoint_mismatch
# raises: ValueError
# culprit: head
import os, tempfile
import tensorflow as tf
folder = tempfile.mkdtemp()
old = tf.keras.Sequential([tf.keras.Input((6,)), tf.keras.layers.Dense(8, name="body"),
                           tf.keras.layers.Dense(3, name="head")])
old.save_weights(os.path.join(folder, "w.weights.h5"))
new = tf.keras.Sequential([tf.keras.Input((6,)), tf.keras.layers.Dense(8, name="body"),
                           tf.keras.layers.Dense(5, name="head")])  # <- cause
new.load_weights(os.path.join(folder, "w.weights.h5"))  # <- raises
