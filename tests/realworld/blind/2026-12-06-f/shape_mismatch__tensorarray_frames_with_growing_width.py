# source: https://github.com/createamind/Planet/issues/4
# family: shape_mismatch
# raises: ValueError
# cause: 2:4, 2:5
# raise: 3:1
# culprit: TensorArray | frames | element shape
# expect: the rollout writes frames whose width grows with the step (5, 7, ...) into a TensorArray that inferred its element shape from the first write; write same-shaped frames (pad/crop to a fixed width) or create the TensorArray with infer_shape=False and element_shape=None before stacking.
# %%
import tensorflow as tf

HORIZON = 3
obs = tf.random.normal([2, 12], seed=3)
# %%
def simulate(observation, horizon):
    frames = tf.TensorArray(tf.float32, size=horizon)
    for t in range(horizon):
        width = 5 + 2 * t
        frames = frames.write(t, observation[:, :width])
    return frames.stack()
# %%
rollout = simulate(obs, HORIZON)
print(rollout.shape)
