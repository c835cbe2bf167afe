# source: https://github.com/tensorflow/tensorflow/issues/35108
# family: other
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: py_function | load_scan
# expect: tf.py_function returns a tensor of unknown rank, so tf.image.resize inside the map function fails with "'images' contains no shape"; give the result a shape after the py_function (img.set_shape([None, None, 3]) or tf.ensure_shape) before resizing.
# %%
import numpy as np
import tensorflow as tf

def load_scan(idx):
    rng = np.random.default_rng(int(idx))
    return (rng.random((40, 40, 3)) * 255).astype("float32")
# %%
def decode_scan(idx):
    img = tf.py_function(load_scan, [idx], tf.float32)
    img = tf.image.resize(img, [32, 32])
    return img / 255.0
# %%
scans = tf.data.Dataset.range(10).map(decode_scan, num_parallel_calls=2).batch(5)
for batch in scans:
    print(batch.shape)
