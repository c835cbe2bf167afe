# source: https://github.com/tensorflow/tensorflow/issues/39184
# family: other
# raises: InvalidArgumentError
# cause: 2:7
# raise: 3:2
# culprit: tf.where | points
# expect: For each heat map, tf.where(heat == max) returns every location that reaches the maximum; on the map with two tied peaks it yields a [2, 2] block instead of [1, 2], so the TensorArray elements have different shapes and stack() fails ("Incompatible shapes during merge: [1,2] vs. [2,2]"). Take one location per map (tf.where(...)[:1] or an argmax over the flattened map).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(110)
heat_maps = rng.random((4, 16, 16)).astype("float32") * 0.5
for k, (r, c) in enumerate([(3, 4), (10, 2), (7, 7), (12, 13)]):
    heat_maps[k, r, c] = 1.0
heat_maps[2, 1, 14] = 1.0
# %%
@tf.function
def peak_locations(heat):
    n_maps = tf.shape(heat)[0]
    points = tf.TensorArray(tf.int64, size=n_maps)
    for i in tf.range(n_maps):
        hm = heat[i]
        peak = tf.where(tf.equal(hm, tf.reduce_max(hm)))
        points = points.write(i, peak)
    return points.stack()
# %%
landmarks = tf.constant(heat_maps)
coords = peak_locations(landmarks)
print(coords.shape)
