# source: https://github.com/tensorflow/tensorflow/issues/35448
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: regroup | Reshape
# expect: keras.layers.Reshape takes the target shape WITHOUT the batch axis; (2, 200, 100) is the full shape including the batch, so for per-sample inputs of shape (100,) the element count does not match; either use tf.reshape(tokens, (2, 200, 100)) directly or give Reshape the per-sample shape
# %%
import numpy as np
import tensorflow as tf
import keras

tokens = np.random.default_rng(2).random((400, 100)).astype("float32")
# %%
grouped = tf.reshape(tokens, (2, 200, 100))
regroup = keras.layers.Reshape((2, 200, 100))
print(grouped.shape)
# %%
out_1 = regroup(tokens)
print(out_1.shape)
