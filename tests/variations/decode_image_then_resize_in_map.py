# family: other
# raises: ValueError
# culprit: decode_image
import os
import tempfile
import numpy as np
import tensorflow as tf
folder = tempfile.mkdtemp()
tf.io.write_file(os.path.join(folder, "a.png"), tf.io.encode_png(np.zeros((9, 7, 3), "uint8")))
def load(path):
    img = tf.image.decode_image(tf.io.read_file(path), channels=3)  # <- cause
    return tf.image.resize(img, [8, 8])
photos = tf.data.Dataset.list_files(os.path.join(folder, "*.png")).map(load)  # <- raises
