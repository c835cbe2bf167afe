# source: https://github.com/tensorflow/tensorflow/issues/21190
# family: other
# raises: InvalidArgumentError
# cause: 3:1
# raise: 3:1
# culprit: fn_output_signature | histogram_fixed_width
# expect: tf.map_fn assumes the function returns the same dtype as its float32 input, but histogram_fixed_width returns int32 counts, so writing the result fails ("TensorArray dtype is float32 but Op is trying to write dtype int32"); pass fn_output_signature=tf.int32 (or cast the histogram to float32).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(141)
xray_batch = tf.constant(rng.random((6, 32, 32)).astype(np.float32))
# %%
def intensity_histogram(img, bins=10):
    return tf.histogram_fixed_width(img, [0.0, 1.0], nbins=bins)
# %%
hists = tf.map_fn(intensity_histogram, xray_batch)
print(hists.shape)
