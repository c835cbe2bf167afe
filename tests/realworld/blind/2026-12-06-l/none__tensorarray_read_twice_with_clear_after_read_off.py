# source: https://github.com/samshipengs/Coordinated-Multi-Agent-Imitation-Learning/issues/11
# family: none
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: clear_after_read
# expect: Correct code: every time step reads the same TensorArray index twice (once for the agent's own features, once for its teammates), which looks like it clashes with TensorArray's clear-after-read behaviour; the array is created with clear_after_read=False and every write result is reassigned to outputs_ta, so the tf.function runs cleanly and stacks all steps. No error or warning.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(54)
trajectories = rng.normal(size=(10, 5, 6)).astype(np.float32)
POLICY, PLAYER_FTS = 1, 2
# %%
@tf.function
def rollout(frames):
    inputs_ta = tf.TensorArray(tf.float32, size=tf.shape(frames)[0], clear_after_read=False).unstack(frames)
    outputs_ta = tf.TensorArray(tf.float32, size=tf.shape(frames)[0])
    for t in tf.range(tf.shape(frames)[0]):
        own = inputs_ta.read(t)[:, POLICY * PLAYER_FTS:(POLICY + 1) * PLAYER_FTS]
        team = inputs_ta.read(t)[:, (POLICY + 1) * PLAYER_FTS:]
        outputs_ta = outputs_ta.write(t, tf.concat([own, tf.reduce_mean(team, axis=1, keepdims=True)], axis=1))
    return outputs_ta.stack()
# %%
result = rollout(tf.constant(trajectories))
print(result.shape)
