# source: https://github.com/NinV/Korean-License-Plate-Recognition/issues/4
# family: other
# raises: InvalidArgumentError
# cause: 3:1
# raise: 3:1
# culprit: batch | padded_batch
# expect: The plate label sequences have different lengths (7 to 9 characters), so Dataset.batch cannot stack them ("Cannot batch tensors with different shapes in component 1"); use padded_batch (with a pad id) or pad the labels to a fixed length.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(41)
plate_images = rng.rand(12, 24, 94, 1).astype("float32")
plate_texts = ["".join(rng.choice(list("0123456789"), size=rng.randint(7, 10))) for _ in range(12)]
CHARSET = {c: i + 1 for i, c in enumerate("0123456789")}
# %%
def gen():
    for img, text in zip(plate_images, plate_texts):
        yield img, np.array([CHARSET[c] for c in text], np.int32)

plate_ds = tf.data.Dataset.from_generator(gen, output_signature=(
    tf.TensorSpec([24, 94, 1], tf.float32), tf.TensorSpec([None], tf.int32)))
plate_ds = plate_ds.shuffle(12, seed=0)
# %%
for images, labels in plate_ds.batch(4).take(2):
    print(images.shape, labels.shape)
