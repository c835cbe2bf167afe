# source: https://github.com/tensorflow/benchmarks/issues/174
# family: other
# raises: AttributeError
# cause: 2:3
# raise: 3:2
# culprit: passthrough | interleave
# expect: Dataset.interleave expects its function to return a tf.data.Dataset for each input element, but passthrough returns the file-name tensor itself. Return a dataset (e.g. tf.data.Dataset.from_tensors(path)) or use map() when no per-element dataset is needed.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(18)
jpeg_paths = [f"/tmp/photos/img_{i:03d}.jpg" for i in range(6)]
jpeg_labels = rng.integers(0, 2, 6)
# %%
def passthrough(path):
    # no transformation needed here, the images are decoded later
    return path
# %%
files = tf.data.Dataset.from_tensor_slices(jpeg_paths)
ds = files.interleave(passthrough, cycle_length=2)
