# source: https://github.com/tensorflow/tensorflow/issues/26658
# family: other
# raises: TypeError
# cause: 3:1
# raise: 3:1
# culprit: real_ds | iter
# expect: A tf.data.Dataset is iterable but is not an iterator, so next(real_ds) fails even though a for loop over it works. Make an iterator first: next(iter(real_ds)).
# %%
import numpy as np
import tensorflow as tf

def noise_source():
    rng = np.random.default_rng(24)
    for _ in range(10):
        yield rng.normal(size=(4,)).astype("float32")

real_ds = tf.data.Dataset.from_generator(noise_source, output_signature=tf.TensorSpec((4,), tf.float32))
# %%
for sample in real_ds.take(2):
    print(sample.numpy())
# %%
first = next(real_ds)
