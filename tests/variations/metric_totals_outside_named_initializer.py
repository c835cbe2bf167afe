# family: uninitialized_variable
# raises: NotFoundError
# culprit: local_variables_initializer
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
scores = tf.compat.v1.placeholder(tf.float32, [None])
hits = tf.compat.v1.placeholder(tf.bool, [None])
weight = tf.compat.v1.get_variable("weight", [], initializer=tf.compat.v1.ones_initializer())
precision, update_precision = tf.compat.v1.metrics.precision(hits, scores * weight > 0.5)
setup = tf.compat.v1.global_variables_initializer()  # <- cause
sess = tf.compat.v1.Session()
sess.run(setup)
sess.run(update_precision, {scores: np.array([0.9, 0.2], "float32"),  # <- raises
                            hits: np.array([True, False])})
