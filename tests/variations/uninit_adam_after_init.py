# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: beta1_power
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
features = tf.placeholder(tf.float32, [None, 2])
weight = tf.Variable(tf.zeros([2, 1]), name="dense_w")
objective = tf.reduce_sum(tf.matmul(features, weight))
session = tf.Session()
session.run(tf.global_variables_initializer())
step = tf.train.AdamOptimizer(0.1).minimize(objective)  # <- cause
session.run(step, {features: np.ones((3, 2), np.float32)})  # <- raises
