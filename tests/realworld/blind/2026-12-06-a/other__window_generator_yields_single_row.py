# source: https://github.com/keras-team/keras/issues/14308
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:1
# culprit: window_gen | series[i]
# expect: window_gen yields series[i], a single (4,) row, while output_signature promises a (None, None) window, so iteration fails with "generator yielded an element of shape (4,) where an element of shape (None, None) was expected"; yield the slice series[i:i + WINDOW].
# %%
import numpy as np
import tensorflow as tf

WINDOW = 10
rng = np.random.default_rng(17)
series = rng.normal(size=(120, 4)).astype("float32")
target = series[:, 0] * 0.5 + rng.normal(scale=0.1, size=120).astype("float32")
# %%
def window_gen():
    for i in range(len(series) - WINDOW):
        yield series[i], target[i + WINDOW]

windows = tf.data.Dataset.from_generator(
    window_gen,
    output_signature=(tf.TensorSpec(shape=(None, None), dtype=tf.float32),
                      tf.TensorSpec(shape=(), dtype=tf.float32)))
windows = windows.batch(16)
# %%
for xb, yb in windows.take(2):
    print(xb.shape, yb.shape)
