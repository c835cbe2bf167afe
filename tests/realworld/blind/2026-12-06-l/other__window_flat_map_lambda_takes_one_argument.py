# source: https://github.com/tensorflow/tensorflow/issues/27119
# family: other
# raises: TypeError
# cause: 2:3
# raise: 2:3
# culprit: flat_map | lambda
# expect: The dataset elements are (features, target) tuples, so window() produces a tuple of two window datasets and flat_map calls the function with two arguments; the lambda only accepts one. Take both components and zip them, e.g. flat_map(lambda f, t: tf.data.Dataset.zip((f.batch(WINDOW), t.batch(WINDOW)))).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(20)
load = rng.random((50, 3)).astype(np.float32)
demand = load.sum(axis=1)
WINDOW = 8
series_ds = tf.data.Dataset.from_tensor_slices((load, demand))
# %%
windows = series_ds.window(WINDOW, shift=1, drop_remainder=True)
print(windows.element_spec)
windowed = windows.flat_map(lambda window: window.batch(WINDOW))
train_ds = windowed.shuffle(32).batch(4)
