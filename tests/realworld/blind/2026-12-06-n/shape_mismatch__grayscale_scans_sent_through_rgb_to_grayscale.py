# source: https://github.com/tensorflow/tensorflow/issues/11329
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:3, 3:3
# raise: 3:3
# culprit: rgb_to_grayscale | channels=1
# expect: load_scan decodes the PNGs with channels=1, so the images already have a single channel; tf.image.rgb_to_grayscale expects 3 RGB channels and its weighted sum fails with "Matrix size-incompatible: In[0]: [4096,1], In[1]: [3,1]". Decode with channels=3 before rgb_to_grayscale, or skip the conversion for grayscale input.
# %%
import os
import numpy as np
import tensorflow as tf

scan_dir = "/tmp/b14_scans"
os.makedirs(scan_dir, exist_ok=True)
rng = np.random.default_rng(11)
for i in range(3):
    rgb = rng.integers(0, 255, size=(64, 64, 3), dtype=np.uint8)
    tf.io.write_file(os.path.join(scan_dir, f"scan_{i}.png"), tf.io.encode_png(rgb))
scan_paths = sorted(tf.io.gfile.glob(scan_dir + "/*.png"))
# %%
def load_scan(path):
    raw = tf.io.read_file(path)
    img = tf.io.decode_png(raw, channels=1)
    return tf.image.convert_image_dtype(img, tf.float32)
# %%
batch = []
for p in scan_paths:
    gray = tf.image.rgb_to_grayscale(load_scan(p))
    batch.append(tf.image.resize(gray, [32, 32]))
print(tf.stack(batch).shape)
