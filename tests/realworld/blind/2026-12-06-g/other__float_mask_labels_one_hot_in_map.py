# source: https://github.com/neuronets/nobrainer/issues/315
# family: other
# raises: TypeError
# cause: 1:12, 2:3
# raise: 2:7
# culprit: one_hot | indices | float32
# expect: The label volumes were turned into float32 by the binarize helper, and the dataset map passes them straight to tf.one_hot, whose indices must be integer. Cast the labels to int32 (in binarize or in the map function) before tf.one_hot.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(3)
N_CLASSES = 3
volumes = rng.normal(size=(16, 8, 8, 1)).astype("float32")
raw_labels = rng.integers(0, N_CLASSES, size=(16, 8, 8))

def binarize(lbl, classes):
    # keep only known classes, everything else becomes background
    keep = np.isin(lbl, list(range(classes)))
    return np.where(keep, lbl, 0).astype("float32")

clean_labels = binarize(raw_labels, N_CLASSES)
# %%
def to_targets(x, y):
    x = tf.image.per_image_standardization(x)
    return x, tf.one_hot(y, N_CLASSES)

train_ds = tf.data.Dataset.from_tensor_slices((volumes, clean_labels))
train_ds = train_ds.shuffle(16, seed=0)
train_ds = train_ds.map(to_targets).batch(4)
