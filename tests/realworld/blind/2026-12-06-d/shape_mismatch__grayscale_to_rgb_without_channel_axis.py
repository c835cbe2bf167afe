# source: https://github.com/tensorflow/tensorflow/issues/26324
# family: shape_mismatch
# raises: ValueError
# cause: 3:4
# raise: 3:4
# culprit: grayscale_to_rgb | frame
# expect: The decoded grayscale frames have shape (40, 120) with no channel axis, and tf.image.grayscale_to_rgb needs a trailing dimension of size 1 ("Last dimension of a grayscale image should be size 1"). Add the channel axis first, e.g. grayscale_to_rgb(frame[..., None]).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(111)
clip = (rng.random((6, 40, 120)) * 255).astype(np.uint8)
print(clip.shape, clip.dtype)
# %%
augmented = []
flip = True
# %%
for raw in clip:
    frame = tf.convert_to_tensor(raw)
    frame = tf.image.convert_image_dtype(frame, tf.float32)
    rgb = tf.image.grayscale_to_rgb(frame)
    augmented.append(tf.image.flip_left_right(rgb) if flip else rgb)
