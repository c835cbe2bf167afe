# source: https://github.com/tensorflow/tensorflow/issues/17102
# family: other
# raises: InvalidArgumentError
# cause: 3:1, 2:9
# raise: 4:1
# culprit: batch | scale_pixels
# expect: the decoded images have different heights and widths, and Dataset.batch cannot stack tensors of different shapes into one batch ("Cannot batch tensors with different shapes in component 0"); resize (tf.image.resize) in the map step before batching, or use padded_batch / ragged_batch
# %%
import numpy as np
import tensorflow as tf
# %%
sizes = [(60, 80), (64, 48), (72, 72), (50, 90)]
def load_photos():
    for i, (h, w) in enumerate(sizes):
        yield np.random.randint(0, 255, size=(h, w, 3)).astype("uint8"), i % 2

spec = (tf.TensorSpec([None, None, 3], tf.uint8), tf.TensorSpec([], tf.int32))
photos = tf.data.Dataset.from_generator(load_photos, output_signature=spec)
def scale_pixels(img, label):
    return tf.cast(img, tf.float32) / 255.0, label
photos = photos.map(scale_pixels)
# %%
train_ds = photos.shuffle(4).batch(2)
# %%
for imgs, labels in train_ds:
    print(imgs.shape, labels.numpy())
