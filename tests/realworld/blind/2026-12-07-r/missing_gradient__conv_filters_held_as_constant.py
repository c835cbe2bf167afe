# source: https://github.com/tensorflow/tensorflow/issues/50661
# family: missing_gradient
# raises: TypeError
# cause: 2:2
# raise: 3:6
# culprit: edge_kernel
# expect: edge_kernel is a tf.constant, and a GradientTape only watches tf.Variables automatically, so tape.gradient(loss, edge_kernel) returns None and the update `edge_kernel - step * grad_k` fails with a None operand. Make the filter a tf.Variable (and update it with assign_sub), or call tape.watch(edge_kernel).
# %%
import numpy as np
import tensorflow as tf
# %%
rng = np.random.default_rng(13)
edge_kernel = tf.constant(rng.normal(scale=0.1, size=(3, 3, 1, 1)), dtype=tf.float32)
frames = tf.constant(rng.random((4, 16, 16, 1)), dtype=tf.float32)
target_edges = tf.constant(rng.random((4, 14, 14, 1)), dtype=tf.float32)
# %%
step = 0.05
with tf.GradientTape() as tape:
    response = tf.nn.conv2d(frames, edge_kernel, strides=1, padding="VALID")
    loss = tf.reduce_mean(tf.square(response - target_edges))
grad_k = tape.gradient(loss, edge_kernel)
edge_kernel = edge_kernel - step * grad_k
print(float(loss))
