# source: https://github.com/tensorflow/tensorflow/issues/40537
# family: other
# raises: NotImplementedError
# cause: 2:4
# raise: 3:1
# culprit: np.arange | range_lim
# expect: np.arange is called on range_lim, a symbolic tensor inside tf.function, which NumPy cannot convert; use tf.range(range_lim) instead of the NumPy call.
# %%
import numpy as np
import tensorflow as tf

signal = tf.random.normal([2, 16], seed=4)
# %%
@tf.function
def frequency_mask(x, keep_frac=0.5):
    range_lim = tf.shape(x)[-1]
    range_array = np.arange(range_lim)
    cutoff = tf.cast(tf.cast(range_lim, tf.float32) * keep_frac, tf.int32)
    return x * tf.cast(range_array < cutoff, x.dtype)
# %%
masked = frequency_mask(signal)
print(masked.shape)
