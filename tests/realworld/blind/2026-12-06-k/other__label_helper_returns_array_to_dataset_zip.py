# source: https://github.com/tensorflow/tensorflow/issues/25320
# family: other
# raises: TypeError
# cause: 2:7, 3:2
# raise: 3:3
# culprit: encode_labels | label_ds | zip
# expect: Dataset.zip only accepts (nested structures of) tf.data.Dataset objects, but encode_labels() returns the NumPy id array instead of a dataset, so zipping (image_ds, label_ds) fails with "Invalid input to `zip`... encountered object of type numpy.ndarray". Return tf.data.Dataset.from_tensor_slices(ids) from encode_labels (or build one dataset from (paths, ids) directly).
# %%
import numpy as np
import tensorflow as tf

CLASSES = ["cat", "dog", "fox"]
CLASS_TO_ID = {c: i for i, c in enumerate(CLASSES)}
rng = np.random.default_rng(31)
file_names = [f"{CLASSES[i % 3]}_{i:03d}.png" for i in range(12)]
pixels = rng.random((12, 16, 16, 3)).astype("float32")
# %%
def load_images(arr):
    ds = tf.data.Dataset.from_tensor_slices(arr)
    return ds.map(lambda img: tf.image.resize(img, (12, 12)))

def encode_labels(names):
    ids = np.array([CLASS_TO_ID[n.split("_")[0]] for n in names], dtype="int64")
    return ids
# %%
image_ds = load_images(pixels)
label_ds = encode_labels(file_names)
train_ds = tf.data.Dataset.zip((image_ds, label_ds)).shuffle(12, seed=0).batch(4)
for imgs, labs in train_ds.take(1):
    print(imgs.shape, labs.numpy())
