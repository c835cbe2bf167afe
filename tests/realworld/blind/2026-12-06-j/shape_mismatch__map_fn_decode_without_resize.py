# source: https://github.com/tensorflow/tensorflow/issues/41127
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: decode_crop | resize
# expect: tf.map_fn stacks the per-element results in a TensorArray, so every decoded image must have the same shape, but decode_crop returns the photos at their own sizes (32x24, 28x28, 40x30). Resize (or crop/pad) each image to a fixed size inside decode_crop, e.g. tf.image.resize(img, (28, 28)).
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(25)
sizes = [(32, 24), (28, 28), (40, 30)]
png_blobs = tf.stack([tf.io.encode_png(rng.integers(0, 255, size=(h, w, 3), dtype=np.uint8)) for h, w in sizes])
# %%
def decode_crop(blob):
    img = tf.io.decode_png(blob, channels=3)
    return tf.image.convert_image_dtype(img, tf.float32)
# %%
crops = tf.map_fn(decode_crop, png_blobs, fn_output_signature=tf.float32)
