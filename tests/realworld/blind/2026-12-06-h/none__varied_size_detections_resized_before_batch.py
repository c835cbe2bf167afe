# source: https://github.com/Tencent/PocketFlow/issues/321
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The decoded images come in different sizes, which would break a plain .batch(), but the map resizes every image to a fixed 96x96 before batching and the boxes stay a fixed [4] vector, so all elements share one shape and the batches stack cleanly.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(190)
sizes = [(120, 90), (75, 100), (150, 150), (60, 80), (110, 70), (90, 130)]
voc_images = [rng.integers(0, 255, size=(h, w, 3), dtype=np.uint8) for h, w in sizes]
voc_boxes = rng.random((len(sizes), 4)).astype("float32")
# %%
def preprocess(image, box):
    image = tf.image.convert_image_dtype(image, tf.float32)
    image = tf.image.resize(image, [96, 96])
    return image, box

ds = tf.data.Dataset.from_generator(
    lambda: zip(voc_images, voc_boxes),
    output_signature=(tf.TensorSpec([None, None, 3], tf.uint8), tf.TensorSpec([4], tf.float32)))
ds = ds.map(preprocess).batch(4)
# %%
for batch_images, batch_boxes in ds:
    print(batch_images.shape, batch_boxes.shape)
