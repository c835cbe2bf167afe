# source: https://github.com/tensorflow/tensorflow/issues/7896
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: h0 | initializer
# expect: The scan state h0 is created as (4, 1) with expand_dims while each step returns a (4,) sum (broadcast to (4, 4) by the decay term), so tf.scan finds the new state incompatible with the initializer's shape. Make the initializer (4,) or keep the step output (4, 1) with keepdims=True.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(6)
BATCH, STEPS, FEAT = 4, 6, 3
sequence = tf.constant(rng.normal(size=(STEPS, BATCH, FEAT)), tf.float32)
decay = tf.constant(0.8)
# %%
def accumulate(carry, x_t):
    return decay * carry + tf.reduce_sum(x_t, axis=1)
h0 = tf.expand_dims(tf.zeros([BATCH]), axis=1)
# %%
running = tf.scan(accumulate, sequence, initializer=h0)
