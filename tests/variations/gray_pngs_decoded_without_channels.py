# family: shape_mismatch
# raises: InvalidArgumentError
# culprit: decode_png
import os
import tempfile
import numpy as np
import tensorflow as tf
import keras
folder = tempfile.mkdtemp()
for k in range(4):
    gray = np.full((16, 16, 1), 40 * k, np.uint8)
    tf.io.write_file(os.path.join(folder, f"scan{k}.png"), tf.io.encode_png(gray))

def read(path):
    pixels = tf.io.decode_png(tf.io.read_file(path))  # <- cause
    return tf.cast(pixels, tf.float32) / 255.0, 1.0

scans = tf.data.Dataset.list_files(os.path.join(folder, "*.png"), shuffle=False).map(read).batch(2)
clf = keras.Sequential([keras.Input((16, 16, 3)), keras.layers.Conv2D(4, 3),
                        keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(1)])
clf.compile(optimizer="sgd", loss="mse")
clf.fit(scans, epochs=1, verbose=0)  # <- raises
