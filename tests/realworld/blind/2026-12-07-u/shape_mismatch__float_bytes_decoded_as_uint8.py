# source: https://github.com/minhnhat93/tf_object_detection_multi_channels/issues/8
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:7, 2:2
# raise: 3:1
# culprit: decode_raw | parse_tile | tobytes
# expect: the tiles were serialized with .tobytes() on a float64 array (8 bytes per value) but parse_tile decodes them with tf.io.decode_raw(..., tf.uint8), giving 8x as many values, so tf.reshape to [TILE, TILE, BANDS] fails with "Input to reshape is a tensor with 6144 values, but the requested shape has 768". Serialize as uint8 (or decode with the dtype that was written).
# %%
import numpy as np
import tensorflow as tf
TILE, BANDS = 16, 3
rng = np.random.default_rng(7)
tiles = rng.random((32, TILE, TILE, BANDS))
labels = rng.integers(0, 2, size=32)
serialized = [t.tobytes() for t in tiles]
# %%
def parse_tile(raw, label):
    pixels = tf.io.decode_raw(raw, tf.uint8)
    pixels = tf.reshape(pixels, [TILE, TILE, BANDS])
    return tf.cast(pixels, tf.float32) / 255.0, label

train_ds = (tf.data.Dataset.from_tensor_slices((serialized, labels))
            .map(parse_tile)
            .batch(8))
# %%
first_images, first_labels = next(iter(train_ds))
print(first_images.shape)
