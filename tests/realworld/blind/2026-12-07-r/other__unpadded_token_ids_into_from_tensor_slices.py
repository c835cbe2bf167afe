# source: https://github.com/tensorflow/tensorflow/issues/36185
# family: other
# raises: ValueError
# cause: 2:8
# raise: 3:1
# culprit: encoded_reviews | from_tensor_slices
# expect: Each review was encoded to a Python list of word ids of its own length, so the column is ragged and Dataset.from_tensor_slices cannot turn it into one rectangular tensor ("Can't convert non-rectangular Python sequence to Tensor"). Pad/truncate the encoded sequences to a common length (keras.utils.pad_sequences) or build a tf.ragged.constant before slicing.
# %%
import numpy as np
import tensorflow as tf
# %%
reviews = ["great phone battery lasts long",
           "screen cracked",
           "works as described would buy again",
           "meh"]
stars = np.array([1, 0, 1, 0])
vocab = {w: i + 1 for i, w in enumerate(sorted({w for r in reviews for w in r.split()}))}

encoded_reviews = [[vocab[w] for w in r.split()] for r in reviews]
print([len(e) for e in encoded_reviews])
# %%
review_ds = tf.data.Dataset.from_tensor_slices((encoded_reviews, stars))
review_ds = review_ds.shuffle(4).batch(2)
