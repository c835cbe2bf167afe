# source: https://github.com/tensorflow/tensorflow/issues/9583
# family: other
# raises: InvalidArgumentError
# cause: 2:3, 1:4
# raise: 3:2
# culprit: MAX_STEPS | TensorArray
# expect: The TensorArray is created with size=MAX_STEPS (6) and no dynamic_size, but the loop writes n_steps = 8 states, so the write to index 6 fails; size it with n_steps (or dynamic_size=True).
# %%
import numpy as np
import tensorflow as tf

MAX_STEPS = 6
HIDDEN = 5
W_rec = tf.Variable(tf.random.normal([HIDDEN, HIDDEN], stddev=0.3, seed=1), name="W_rec")
# %%
@tf.function
def rollout(start, n_steps):
    states = tf.TensorArray(tf.float32, size=MAX_STEPS)
    h = start
    for t in tf.range(n_steps):
        h = tf.tanh(tf.matmul(h, W_rec))
        states = states.write(t, h)
    return states.stack()
# %%
start = tf.random.normal([1, HIDDEN], seed=2)
trajectory = rollout(start, tf.constant(8))
print(trajectory.shape)
