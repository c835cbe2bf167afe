# source: https://github.com/tensorflow/tensorflow/issues/38539
# family: other
# raises: ValueError
# cause: 2:4
# raise: 3:3
# culprit: frames[1] | reference_frame
# expect: Inside tf.function both branches of the tensor-dependent if are traced; for a one-frame clip with a static shape, frames[1] is out of bounds at trace time even though that branch would never run. Avoid static indexing in the untaken branch (e.g. tf.gather(frames, tf.minimum(1, n - 1))).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(4)
clips = {"walk": rng.random((6, 16, 16)).astype("float32"),
         "still": rng.random((1, 16, 16)).astype("float32")}
# %%
@tf.function
def reference_frame(frames):
    if tf.shape(frames)[0] >= 2:
        return frames[1]
    else:
        return frames[0]
# %%
refs = {}
for name, clip in clips.items():
    refs[name] = reference_frame(tf.constant(clip))
