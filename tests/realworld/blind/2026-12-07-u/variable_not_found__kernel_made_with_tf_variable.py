# source: https://github.com/tensorflow/tensorflow/issues/1325
# family: variable_not_found
# raises: ValueError
# cause: 2:2
# raise: 3:3
# culprit: conv/w
# expect: the shared kernel "conv/w" was created with tf.Variable inside the variable scope, and variable_scope only knows variables made by tf.get_variable; re-entering the scope with reuse=True and asking for get_variable("w") therefore finds nothing. Create the kernel with tf.compat.v1.get_variable so it can be reused.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
left = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 1], name="left_patch")
right = tf.compat.v1.placeholder(tf.float32, [None, 16, 16, 1], name="right_patch")
# %%
with tf.compat.v1.variable_scope("conv"):
    w = tf.Variable(tf.random.truncated_normal([3, 3, 1, 8], stddev=0.1), name="w")
    left_feat = tf.nn.relu(tf.nn.conv2d(left, w, strides=1, padding="SAME"))
print(w.name)
# %%
# siamese branch: share the same kernel for the right patch
with tf.compat.v1.variable_scope("conv", reuse=True):
    w_shared = tf.compat.v1.get_variable("w", [3, 3, 1, 8])
    right_feat = tf.nn.relu(tf.nn.conv2d(right, w_shared, strides=1, padding="SAME"))
