# source: https://github.com/tensorflow/tensorflow/issues/50512
# family: other
# raises: InvalidArgumentError
# cause: 2:2
# raise: 3:1
# culprit: num_oov_indices | StringLookup
# expect: The StringLookup was built with num_oov_indices=0, but the test data contains a category that is not in the training vocabulary, so the lookup fails. Keep at least one OOV index (and size the Embedding for it).
# %%
import numpy as np
import tensorflow as tf
import keras
train_colors = ["red", "green", "blue", "green"]
test_colors = ["blue", "purple"]
# %%
vocabulary = sorted(set(train_colors))
lookup = keras.layers.StringLookup(vocabulary=vocabulary, mask_token=None, num_oov_indices=0)
embed = keras.layers.Embedding(len(vocabulary), 4)
# %%
test_vecs = embed(lookup(tf.constant(test_colors)))
