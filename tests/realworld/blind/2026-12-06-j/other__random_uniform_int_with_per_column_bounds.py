# source: https://github.com/tensorflow/tensorflow/issues/39814
# family: other
# raises: InvalidArgumentError
# cause: 2:2, 1:3
# raise: 3:1
# culprit: minval | BOUNDS
# expect: For integer dtypes tf.random.uniform does not broadcast its bounds: minval and maxval must be scalars, but the per-column BOUNDS lists are passed. Draw floats with the vector bounds and floor them, or sample each column with its own scalar bounds and stack.
# %%
import numpy as np
import tensorflow as tf
BOUNDS = {"low": [0, 0, 10], "high": [5, 12, 20]}
# %%
def sample_grid_points(n):
    return tf.random.uniform((n, 3), minval=BOUNDS["low"], maxval=BOUNDS["high"], dtype=tf.int32)
# %%
points = sample_grid_points(4)
