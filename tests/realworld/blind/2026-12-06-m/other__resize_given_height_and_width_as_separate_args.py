# source: https://github.com/samjabrahams/tensorflow-workshop/issues/7
# family: other
# raises: ValueError
# cause: 1:11
# raise: 2:2
# culprit: tf.image.resize | size
# expect: tf.image.resize(images, size, ...) takes the target size as one [height, width] argument, but to_network_input passes the centered batch with RESIZED_HEIGHT and RESIZED_WIDTH as two positional arguments, so size becomes the scalar 227 (and the width lands in method). Call tf.image.resize(centered, (RESIZED_HEIGHT, RESIZED_WIDTH)).
# %%
import numpy as np
import tensorflow as tf

RESIZED_HEIGHT, RESIZED_WIDTH = 227, 227
rng = np.random.default_rng(77)
raw_photos = rng.integers(0, 256, size=(4, 180, 240, 3)).astype(np.uint8)

def to_network_input(batch):
    as_float = tf.image.convert_image_dtype(batch, tf.float32)
    centered = as_float - tf.reduce_mean(as_float, axis=[1, 2], keepdims=True)
    return tf.image.resize(centered, RESIZED_HEIGHT, RESIZED_WIDTH)
# %%
photo_batch = tf.constant(raw_photos)
network_input = to_network_input(photo_batch)
print(network_input.shape)
