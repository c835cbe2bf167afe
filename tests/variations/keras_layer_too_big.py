# family: out_of_memory
# raises: ResourceExhaustedError
# culprit: dense
import os
os.environ["TF_ENABLE_ONEDNN_OPTS"] = "0"
import tensorflow as tf
model = tf.keras.Sequential([
    tf.keras.layers.Flatten(),
    tf.keras.layers.Dense(2 ** 20),  # <- cause
    tf.keras.layers.Dense(10),
])
model(tf.zeros([1, 2 ** 18]))  # <- raises
