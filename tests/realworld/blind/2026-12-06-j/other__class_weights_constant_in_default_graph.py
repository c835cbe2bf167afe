# source: https://github.com/hx173149/C3D-tensorflow/issues/111
# family: other
# raises: ValueError
# cause: 1:6, 3:2
# raise: 3:7
# culprit: class_weights
# expect: class_weights was created in the default graph in the first cell, but the model and loss are built inside a new tf.Graph(), so tf.gather(class_weights, labels) mixes tensors from two graphs. Create the constant inside the train_graph block (or build everything in one graph).
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
NUM_CLASSES = 4
class_weights = tf.constant([1.0, 2.0, 2.0, 0.5], name="class_weights")
rng = np.random.default_rng(2)
clips = rng.normal(size=(8, 16)).astype("float32")
clip_labels = rng.integers(0, NUM_CLASSES, size=8)
# %%
def weighted_xent(logits, labels):
    per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    weights = tf.gather(class_weights, labels)
    return tf.reduce_mean(per_example * weights)
# %%
train_graph = tf.Graph()
with train_graph.as_default():
    x_ph = tf1.placeholder(tf.float32, [None, 16])
    y_ph = tf1.placeholder(tf.int32, [None])
    w = tf1.get_variable("w", [16, NUM_CLASSES])
    logits = tf.matmul(x_ph, w)
    loss = weighted_xent(logits, y_ph)
