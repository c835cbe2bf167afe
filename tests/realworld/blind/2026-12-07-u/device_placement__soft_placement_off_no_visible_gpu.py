# source: https://github.com/tensorflow/tensorflow/issues/31736
# family: device_placement
# raises: InvalidArgumentError
# cause: 3:1, 1:3
# raise: 3:2
# culprit: /GPU:0 | embeddings
# expect: soft placement was switched off in cell 1 and the embedding variable is pinned with tf.device("/GPU:0"), but the job sees no GPU (only CPU:0), so TensorFlow cannot satisfy the device specification and fails instead of falling back to the CPU. Pin to a device that exists (check tf.config.list_logical_devices("GPU")) or leave soft placement on.
# %%
import numpy as np
import tensorflow as tf
tf.config.set_soft_device_placement(False)
print("visible GPUs:", tf.config.list_physical_devices("GPU"))
VOCAB, DIM = 1000, 16
# %%
token_ids = tf.constant(np.random.randint(0, VOCAB, size=(8, 12)))
# %%
with tf.device("/GPU:0"):
    embeddings = tf.Variable(tf.random.normal((VOCAB, DIM), stddev=0.05), name="embeddings")
    vectors = tf.nn.embedding_lookup(embeddings, token_ids)
print(vectors.shape)
