# source: https://github.com/GPflow/GPflow/issues/1578
# family: none
# raises: NONE
# cause: 2:3
# raise: NONE
# culprit: pad_frames
# expect: Nothing is wrong: pad_frames is a tf.function but it reads the frame count with tf.shape(spec)[1] (not len()) and pads with tf.pad, so it traces fine for every spectrogram length. No finding should be reported.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(90)
clips = [rng.random((40, n)).astype("float32") for n in (33, 47, 52)]
TARGET_FRAMES = 60
# %%
@tf.function(input_signature=[tf.TensorSpec([40, None], tf.float32)])
def pad_frames(spec):
    n_frames = tf.shape(spec)[1]
    return tf.pad(spec, [[0, 0], [0, TARGET_FRAMES - n_frames]])
# %%
padded = tf.stack([pad_frames(tf.constant(c)) for c in clips])
print(padded.shape)
