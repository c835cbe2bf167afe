# source: https://github.com/davidsandberg/facenet/issues/1228
# family: other
# raises: TypeError
# cause: 2:5
# raise: 3:1
# culprit: raw_pixels | uint8
# expect: the two tf.cond branches must return the same dtype: standardized() returns float32 (per_image_standardization converts) while raw_pixels() returns the uint8 image unchanged; convert the raw branch to float32 (tf.image.convert_image_dtype or tf.cast) so both branches agree.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(2)
faces = rng.integers(0, 256, size=(10, 24, 24, 3), dtype=np.uint8)
face_in = tf.compat.v1.placeholder(tf.uint8, [24, 24, 3], name="face_in")
use_standardize = tf.compat.v1.placeholder_with_default(True, [], name="use_standardize")
# %%
def standardized(img):
    return tf.image.per_image_standardization(img)

def raw_pixels(img):
    return tf.image.random_flip_left_right(img)
# %%
prepared = tf.compat.v1.cond(use_standardize, lambda: standardized(face_in), lambda: raw_pixels(face_in))
embedding = tf.reduce_mean(prepared, axis=[0, 1])
