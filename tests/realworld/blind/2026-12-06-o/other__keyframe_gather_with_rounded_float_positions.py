# source: https://github.com/tensorflow/tensorflow/issues/58697
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:2
# culprit: positions | Tindices | gather
# expect: pick_keyframes rounds evenly spaced positions with tf.round, which keeps them float32, and tf.gather only accepts int16/int32/int64 indices; cast the positions to int32 (tf.cast(tf.round(...), tf.int32)) before gathering.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(8)
clips = {name: tf.constant(rng.random((n, 12, 12, 3)), tf.float32)
         for name, n in [("walk", 37), ("run", 29), ("jump", 41)]}
KEYFRAMES = 6
# %%
def pick_keyframes(clip, k=KEYFRAMES):
    n = tf.shape(clip)[0]
    positions = tf.round(tf.linspace(0.0, tf.cast(n - 1, tf.float32), k))
    return tf.gather(clip, positions)
# %%
for name, clip in clips.items():
    summary = pick_keyframes(clip)
    print(name, summary.shape)
