# source: https://github.com/tensorflow/tensorflow/issues/38454
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Correct: the TensorArray is created, written with reassignment (rollout_rewards = rollout_rewards.write(...)) and stacked inside the tf.function, so only a plain tensor crosses the function boundary; the dynamic_size array grows past its initial size without error. No error or warning is expected.
# %%
import numpy as np
import tensorflow as tf

episode_len = tf.constant(7)
gamma = 0.9
# %%
@tf.function
def discounted_rewards(n_steps):
    rollout_rewards = tf.TensorArray(tf.float32, size=2, dynamic_size=True)
    running = tf.constant(0.0)
    for t in tf.range(n_steps):
        running = running * gamma + tf.cast(t % 3, tf.float32)
        rollout_rewards = rollout_rewards.write(t, running)
    return rollout_rewards.stack()
# %%
returns = discounted_rewards(episode_len)
print(returns.numpy())
