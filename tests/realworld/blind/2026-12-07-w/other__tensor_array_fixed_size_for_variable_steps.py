# source: https://www.tensorflow.org/api_docs/python/tf/TensorArray
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:2
# culprit: TensorArray | MAX_STEPS
# expect: the TensorArray in rollout is created with a fixed size of MAX_STEPS (4) and dynamic_size defaults to False, but the loop writes one entry per step of horizon (6), so writing index 4 fails. Create it with size=horizon (the loop length) or pass dynamic_size=True.
# %%
import numpy as np
import tensorflow as tf
MAX_STEPS = 4
start_state = tf.constant([0.5, -0.2])
# %%
@tf.function
def rollout(state, horizon):
    trace = tf.TensorArray(tf.float32, size=MAX_STEPS)
    for t in tf.range(horizon):
        state = 0.9 * state + 0.1
        trace = trace.write(t, state)
    return trace.stack()
# %%
print(rollout(start_state, tf.constant(3)).shape)
states = rollout(start_state, tf.constant(6))
