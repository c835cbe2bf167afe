# family: checkpoint_mismatch
# raises: ValueError
# culprit: dense_3
import os, tempfile
os.environ["TF_USE_LEGACY_KERAS"] = "1"
import tensorflow as tf
d = tempfile.mkdtemp()
a = tf.keras.Sequential([tf.keras.layers.Dense(4, input_shape=(3,)), tf.keras.layers.Dense(2)])
a.save_weights(os.path.join(d, "w.h5"))
b = tf.keras.Sequential([tf.keras.layers.Dense(4, input_shape=(3,)),
                         tf.keras.layers.Dense(4),  # <- cause
                         tf.keras.layers.Dense(2)])
b.load_weights(os.path.join(d, "w.h5"))  # <- raises
