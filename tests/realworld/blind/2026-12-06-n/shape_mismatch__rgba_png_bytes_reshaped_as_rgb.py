# source: https://github.com/tensorflow/tensorflow/issues/19856
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 1:10, 2:3
# raise: 3:1
# culprit: decode_raw | reshape | 150528 | RGBA
# expect: One product photo was stored as raw RGBA bytes (4 channels) while decode_item reshapes every record to [224, 224, 3]; that record has 224*224*4 = 200704 bytes, so iteration fails with "Input to reshape is a tensor with 200704 values, but the requested shape has 150528". Convert the images to RGB before writing the records (or store the shape and reshape with it).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(19)
records = []
for i in range(6):
    img = rng.integers(0, 255, size=(224, 224, 3), dtype=np.uint8)
    records.append((img.tobytes(), i % 3))
logo_with_alpha = rng.integers(0, 255, size=(224, 224, 4), dtype=np.uint8)
records.insert(2, (logo_with_alpha.tobytes(), 1))
raw_bytes = [r[0] for r in records]
labels = [r[1] for r in records]
# %%
def decode_item(raw, label):
    img = tf.io.decode_raw(raw, tf.uint8)
    img = tf.reshape(img, [224, 224, 3])
    return tf.cast(img, tf.float32) / 255.0, label

fashion_ds = tf.data.Dataset.from_tensor_slices((raw_bytes, labels)).map(decode_item).batch(4)
# %%
for images, label_batch in fashion_ds:
    print(images.shape, label_batch.numpy())
