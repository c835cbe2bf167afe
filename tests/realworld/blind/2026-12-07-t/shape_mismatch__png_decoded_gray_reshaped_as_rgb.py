# source: https://github.com/tensorflow/models/issues/5337
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:4
# raise: 4:1
# culprit: decoded | channels
# expect: decode_png(..., channels=1) yields 16x16x1 images (1024 values for the batch of 4) but to_model_input reshapes to [4, 16, 16, 3] (3072 values); decode with channels=3 or reshape to one channel
# %%
import numpy as np
import tensorflow as tf
# %%
rgb = np.random.randint(0, 255, size=(4, 16, 16, 3), dtype=np.uint8)
png_bytes = [tf.io.encode_png(img) for img in rgb]
BATCH = len(png_bytes)
decoded = [tf.io.decode_png(b, channels=1) for b in png_bytes]
# %%
def to_model_input(imgs):
    stacked = tf.cast(tf.stack(imgs), tf.float32) / 255.0
    return tf.reshape(stacked, [BATCH, 16, 16, 3])
# %%
model_input = to_model_input(decoded)
