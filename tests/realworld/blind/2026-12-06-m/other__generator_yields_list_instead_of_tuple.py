# source: https://github.com/tensorpack/tensorpack/issues/1300
# family: other
# raises: InvalidArgumentError
# cause: 1:10
# raise: 3:1
# culprit: sample_generator | output_signature
# expect: The generator yields a Python list [image, label], but from_generator's output_signature is a tuple (image spec, label spec); tf.data treats the list as a single component and reports that the element does not match the expected structure. Yield a tuple: yield image, label.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(13)
frames = rng.integers(0, 255, size=(12, 24, 24, 3)).astype("float32")
frame_labels = rng.integers(0, 4, size=12)

def sample_generator():
    for img, lab in zip(frames, frame_labels):
        yield [img / 255.0, np.int64(lab)]
# %%
signature = (
    tf.TensorSpec(shape=(24, 24, 3), dtype=tf.float32),
    tf.TensorSpec(shape=(), dtype=tf.int64),
)
train_ds = tf.data.Dataset.from_generator(sample_generator, output_signature=signature)
train_ds = train_ds.shuffle(12).batch(4)
# %%
images, labels = next(iter(train_ds))
print(images.shape, labels.numpy())
