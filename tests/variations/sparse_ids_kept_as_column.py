# family: shape_mismatch
# raises: ValueError
# culprit: targets
import numpy as np
import tensorflow as tf
scores = tf.random.normal((10, 3))
targets = np.random.default_rng(1).integers(0, 3, size=(10, 1))  # <- cause
per_row = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=targets, logits=scores)  # <- raises
