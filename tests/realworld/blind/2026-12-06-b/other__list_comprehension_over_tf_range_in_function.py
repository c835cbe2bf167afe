# source: https://github.com/tensorflow/tensorflow/issues/33308
# family: other
# raises: OperatorNotAllowedInGraphError
# cause: 2:4
# raise: 3:2
# culprit: band2bin | tf.range
# expect: Inside the @tf.function, the list comprehension iterates over tf.range(...), a symbolic tensor, which AutoGraph does not convert (only for statements are converted), so iterating over it is not allowed. Use the Python range(bands.shape[1]) since the number of bands is static, or a tf.TensorArray in a for loop.
# %%
import numpy as np
import tensorflow as tf
BAND_EDGES = np.array([[0, 3], [4, 9], [10, 20]])
spectra = tf.random.normal((2, 3, 5))
# %%
@tf.function
def band2bin(bands):
    tensor_list = [tf.tile(tf.expand_dims(bands[:, b, :], axis=1), [1, BAND_EDGES[b, 1] - BAND_EDGES[b, 0] + 1, 1])
                   for b in tf.range(bands.shape[1])]
    return tf.concat(tensor_list, axis=1)
# %%
print(spectra.shape)
bins = band2bin(spectra)
