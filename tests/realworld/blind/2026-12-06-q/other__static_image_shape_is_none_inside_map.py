# source: https://github.com/tensorflow/tensorflow/issues/62183
# family: other
# raises: TypeError
# cause: 2:3
# raise: 3:1
# culprit: rows | img.shape
# expect: Inside Dataset.map the decoded JPEG has a static shape of (None, None, 3), so rows, cols taken from img.shape are None and rows // 2 fails while the map function is traced. Read the runtime size with tf.shape(img) instead of the static .shape.
# %%
import os
import numpy as np
import tensorflow as tf
os.makedirs("/tmp/b17_scans", exist_ok=True)
rng = np.random.default_rng(15)
for i, (h, w) in enumerate([(40, 60), (52, 36)]):
    img = tf.cast(rng.random((h, w, 3)) * 255, tf.uint8)
    tf.io.write_file(f"/tmp/b17_scans/scan_{i}.jpg", tf.io.encode_jpeg(img))
scan_files = sorted(tf.io.gfile.glob("/tmp/b17_scans/*.jpg"))
CROP = 16
# %%
def load_and_halve(path):
    img = tf.io.decode_jpeg(tf.io.read_file(path), channels=3)
    rows, cols, _ = img.shape
    img = tf.image.resize(img, (rows // 2, cols // 2))
    return tf.image.random_crop(img, (CROP, CROP, 3))
# %%
scan_ds = tf.data.Dataset.from_tensor_slices(scan_files).map(load_and_halve).batch(2)
