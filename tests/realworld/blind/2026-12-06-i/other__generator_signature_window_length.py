# source: https://github.com/tensorflow/tensorflow/issues/46835
# family: other
# raises: InvalidArgumentError
# cause: 1:4
# raise: 3:1
# culprit: output_signature | FEATURE_DIM
# expect: The generator yields (window, 6) arrays but output_signature declares shape (WINDOW, FEATURE_DIM) with FEATURE_DIM=8, so the first element fails the shape check when the iterator runs. Declare the signature with the real feature size (6).
# %%
import numpy as np
import tensorflow as tf
WINDOW = 5
FEATURE_DIM = 8
rng = np.random.default_rng(30)
sensor = rng.normal(size=(100, 6)).astype("float32")
def window_gen():
    for start in range(0, len(sensor) - WINDOW, WINDOW):
        yield sensor[start:start + WINDOW], np.float32(sensor[start + WINDOW, 0])
# %%
ds = tf.data.Dataset.from_generator(
    window_gen,
    output_signature=(tf.TensorSpec((WINDOW, FEATURE_DIM), tf.float32), tf.TensorSpec((), tf.float32)))
ds = ds.batch(4)
# %%
first_x, first_y = next(iter(ds))
print(first_x.shape)
