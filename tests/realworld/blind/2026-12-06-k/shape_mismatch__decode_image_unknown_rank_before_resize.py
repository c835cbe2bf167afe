# source: https://github.com/tensorflow/tensorflow/issues/1029
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:2
# culprit: decode_image | images | resize
# expect: Inside Dataset.map the image is decoded with tf.image.decode_image, which can also return a 4-D animated GIF and therefore has no static rank; tf.image.resize needs to know whether it gets 3 or 4 dimensions and fails with "'images' contains no shape". Decode with tf.io.decode_png/decode_jpeg, or decode_image(..., expand_animations=False), or set_shape([None, None, 3]) before resizing.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf

IMG_SIZE = 32
PHOTO_DIR = tempfile.mkdtemp()
rng = np.random.default_rng(21)
for i, (h, w) in enumerate([(40, 52), (64, 48), (37, 37), (50, 70)]):
    pixels = (rng.random((h, w, 3)) * 255).astype("uint8")
    tf.io.write_file(os.path.join(PHOTO_DIR, f"leaf_{i}.png"), tf.io.encode_png(pixels))
# %%
def load_and_resize(path):
    raw = tf.io.read_file(path)
    img = tf.image.decode_image(raw, channels=3)
    img = tf.image.convert_image_dtype(img, tf.float32)
    return tf.image.resize(img, [IMG_SIZE, IMG_SIZE])
# %%
files_ds = tf.data.Dataset.list_files(os.path.join(PHOTO_DIR, "*.png"), shuffle=False)
images_ds = files_ds.map(load_and_resize, num_parallel_calls=tf.data.AUTOTUNE)
for batch in images_ds.batch(2).take(1):
    print(batch.shape)
