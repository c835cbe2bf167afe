# source: https://github.com/tensorflow/datasets/issues/1923
# family: other
# raises: ValueError
# cause: 1:8, 3:2
# raise: 3:4
# culprit: only_class | predicate | one_hot
# expect: The labels were one-hot encoded in the loading cell, so y == CAT_ID inside the filter predicate compares a length-3 vector and returns a bool vector; Dataset.filter needs a scalar tf.bool ("Invalid `predicate`"). Compare tf.argmax(y) == CAT_ID (or filter before one-hot encoding).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(32)
pet_images = rng.random((30, 8, 8, 3)).astype("float32")
pet_labels = rng.integers(0, 3, size=30)
NUM_CLASSES = 3
pet_onehot = tf.one_hot(pet_labels, NUM_CLASSES)
# %%
pets_ds = tf.data.Dataset.from_tensor_slices((pet_images, pet_onehot))
CAT_ID = 0
# %%
def only_class(x, y):
    return y == CAT_ID

cats_only = pets_ds.filter(only_class)
print(sum(1 for _ in cats_only))
