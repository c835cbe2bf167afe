# source: https://github.com/tensorflow/tensorflow/issues/38793
# family: other
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: encoded | from_tensor_slices
# expect: the encoded texts have different lengths, so np.array(..., dtype=object) holds Python lists and cannot become a dense tensor; pad them to a fixed length (keras.utils.pad_sequences) or build a tf.ragged.constant before creating the dataset
# %%
import numpy as np
import tensorflow as tf

texts = ["good plot", "boring and far too long", "great cast great score", "meh", "would watch again"]
labels = np.array([1, 0, 1, 0, 1])
vocab = {w: i + 1 for i, w in enumerate(sorted({w for t in texts for w in t.split()}))}
# %%
encoded = [[vocab[w] for w in t.split()] for t in texts]
encoded = np.array(encoded, dtype=object)
# %%
ds = tf.data.Dataset.from_tensor_slices((encoded, labels)).shuffle(5).batch(2)
for x, y in ds.take(1):
    print(x, y)
