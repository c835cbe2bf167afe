# source: https://github.com/tensorflow/tensorflow/issues/48559
# family: device_placement
# raises: InvalidArgumentError
# cause: 2:1, 1:4
# raise: 3:2
# culprit: /GPU:0 | soft_device_placement
# expect: the notebook turned soft device placement off and pins the similarity matmul to /GPU:0, but this runtime only has a CPU, so TensorFlow cannot satisfy the device specification (enable_soft_placement=0); drop the hard-coded GPU pin (or pick the device from tf.config.list_logical_devices) or leave soft placement on.
# %%
import numpy as np
import tensorflow as tf

tf.config.set_soft_device_placement(False)   # make silent CPU fallbacks visible while profiling
rng = np.random.default_rng(101)
item_vecs = tf.constant(rng.normal(size=(50, 16)).astype(np.float32))
query_vecs = tf.constant(rng.normal(size=(4, 16)).astype(np.float32))
# %%
SIMILARITY_DEVICE = "/GPU:0"
# %%
with tf.device(SIMILARITY_DEVICE):
    sims = tf.matmul(query_vecs, item_vecs, transpose_b=True)
print(tf.math.top_k(sims, 3).indices.numpy())
