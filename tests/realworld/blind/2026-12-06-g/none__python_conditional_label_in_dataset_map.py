# source: https://github.com/tensorflow/tensorflow/issues/35403
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Nothing to report: load_image uses a Python conditional expression on a tensor, but Dataset.map traces the function with AutoGraph, which turns it into a tf.cond, so the pipeline builds and yields labelled images.
# %%
import os, tempfile
import numpy as np
import tensorflow as tf

root = tempfile.mkdtemp()
rng = np.random.default_rng(26)
for cls in ["automobile", "airplane"]:
    os.makedirs(os.path.join(root, "train", cls))
    for k in range(3):
        img = rng.integers(0, 255, size=(40, 40, 3)).astype("uint8")
        tf.io.write_file(os.path.join(root, "train", cls, f"{k}.jpg"), tf.io.encode_jpeg(img))
# %%
BATCH_SIZE = 4

def load_image(img_path, size=(32, 32)):
    label = tf.constant(1, tf.int8) if tf.strings.regex_full_match(img_path, ".*automobile.*") \
        else tf.constant(0, tf.int8)
    img = tf.io.read_file(img_path)
    img = tf.image.decode_jpeg(img, channels=3)
    img = tf.image.resize(img, size) / 255.0
    return img, label

ds_train = tf.data.Dataset.list_files(os.path.join(root, "train", "*", "*.jpg"), seed=0) \
    .map(load_image, num_parallel_calls=tf.data.AUTOTUNE) \
    .shuffle(buffer_size=16, seed=0).batch(BATCH_SIZE) \
    .prefetch(tf.data.AUTOTUNE)
for imgs, labels in ds_train.take(2):
    print(imgs.shape, labels.numpy())
