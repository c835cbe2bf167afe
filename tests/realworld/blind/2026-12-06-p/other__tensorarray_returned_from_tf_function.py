# source: https://github.com/tensorflow/tensorflow/issues/34683
# family: other
# raises: AttributeError
# cause: 2:6
# raise: 3:2
# culprit: TensorArray | step_energies | stack
# expect: frame_energies returns the TensorArray itself from a tf.function; a TensorArray does not survive the function boundary (it comes back as a variant tensor), so .stack() fails outside. Return step_energies.stack() from inside the function.
# %%
import numpy as np
import tensorflow as tf

clip = tf.constant(np.random.default_rng(0).normal(size=(5, 12)).astype("float32"))
# %%
@tf.function
def frame_energies(frames):
    step_energies = tf.TensorArray(tf.float32, size=tf.shape(frames)[0])
    for t in tf.range(tf.shape(frames)[0]):
        step_energies = step_energies.write(t, tf.reduce_sum(tf.square(frames[t])))
    return step_energies
# %%
energies = frame_energies(clip)
energy_curve = energies.stack()
print(energy_curve.numpy())
