# source: https://github.com/Hvass-Labs/TensorFlow-Tutorials/issues/57
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The optimizer is created in its own cell and the session cell runs global_variables_initializer afterwards, so Adam's slots are covered; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
x = tf.compat.v1.placeholder(tf.float32, [None, 9])
y = tf.compat.v1.placeholder(tf.int64, [None])
w = tf.Variable(tf.zeros([9, 3]))
logits = tf.matmul(x, w)
cost = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
# %%
optimize = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(cost)
# %%
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())
for _ in range(3):
    session.run(optimize, {x: np.random.rand(4, 9), y: np.array([0, 1, 2, 1])})
