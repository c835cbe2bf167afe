# source: https://github.com/VincentStimper/icp/issues/2
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 2:3
# raise: 3:3
# culprit: nearest_neighbours | 300000
# expect: nearest_neighbours broadcasts every source point against every destination point, materialising a (300000, 300000, 3) float tensor (about 1 TB), which the CPU allocator cannot provide ("OOM when allocating tensor"). Match the points in chunks (loop over slices of src), subsample the clouds, or use a KD-tree/approximate nearest-neighbour search.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(50)
n_points = 300_000
scan = rng.normal(size=(n_points, 3)).astype("float32")
angle = 0.1
rotation = np.array([[np.cos(angle), -np.sin(angle), 0], [np.sin(angle), np.cos(angle), 0], [0, 0, 1]], dtype="float32")
reference = scan @ rotation.T + 0.05
# %%
def nearest_neighbours(src, dst):
    src, dst = tf.convert_to_tensor(src), tf.convert_to_tensor(dst)
    diff = src[:, None, :] - dst[None, :, :]
    sq_dist = tf.reduce_sum(tf.square(diff), axis=-1)
    return tf.argmin(sq_dist, axis=1)
# %%
offset = np.zeros(3, dtype="float32")
for iteration in range(3):
    idx = nearest_neighbours(scan, reference)
    matched = tf.gather(reference, idx)
    offset = tf.reduce_mean(matched - scan, axis=0)
