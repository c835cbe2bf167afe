# source: https://github.com/tensorflow/tensorflow/issues/37245
# family: other
# raises: NONE
# cause: 2:6
# raise: NONE
# culprit: write | TensorArray | moving
# expect: TensorArray.write is not in-place: it returns a new TensorArray that must be reassigned (moving = moving.write(i, ...)). Inside the tf.function the returned value is dropped, so the stacked result is all zeros and the smoothed series silently comes out as zeros. Warn that the result of TensorArray.write is unused.
# %%
import numpy as np
import tensorflow as tf

WINDOW = 3
rng = np.random.default_rng(12)
readings = tf.constant(np.cumsum(rng.normal(size=12)).astype("float32"))
# %%
@tf.function
def moving_average(x):
    n = tf.shape(x)[0] - WINDOW + 1
    moving = tf.TensorArray(tf.float32, size=n)
    for i in tf.range(n):
        moving.write(i, tf.reduce_mean(x[i:i + WINDOW]))
    return moving.stack()
# %%
smoothed = moving_average(readings)
print(smoothed.numpy())
