# source: https://github.com/sicara/tf-explain/issues/79
# family: other
# raises: InvalidArgumentError
# cause: 1:4
# raise: 1:5
# culprit: click_counts | int64
# expect: click_counts is an int64 tensor (np.random.poisson returns integers) and Log1p has no integer kernel ("Value for attr 'T' of int64 is not in the list of allowed values"). Cast first: tf.math.log1p(tf.cast(click_counts, tf.float32)).
# %%
import numpy as np
import tensorflow as tf

click_counts = tf.constant(np.random.poisson(3.0, size=(8, 4)))
log_counts = tf.math.log1p(click_counts)
