# source: https://github.com/isikdogan/deep_learning_tutorials/issues/2
# family: other
# raises: InvalidArgumentError
# cause: 2:2, 2:6
# raise: 3:1
# culprit: decode_photo | batch
# expect: The photos have different heights and widths and decode_photo only rescales them, so Dataset.batch cannot stack them ("Cannot batch tensors with different shapes in component 0"). Resize every image to one size in decode_photo (tf.image.resize) before batching, or use padded_batch.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(23)
sizes = [(22, 19), (33, 46), (28, 28), (40, 31)]
photos = [rng.integers(0, 255, (h, w, 3)).astype("uint8") for h, w in sizes]
photo_labels = [0, 1, 1, 0]
# %%
def decode_photo(img, label):
    img = tf.image.convert_image_dtype(img, tf.float32)
    return img, label

gen = lambda: ((p, l) for p, l in zip(photos, photo_labels))
spec = (tf.TensorSpec((None, None, 3), tf.uint8), tf.TensorSpec((), tf.int32))
train_ds = tf.data.Dataset.from_generator(gen, output_signature=spec).map(decode_photo).batch(2)
# %%
for images, labels in train_ds:
    print(images.shape, labels.numpy())
