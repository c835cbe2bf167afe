# family: uninitialized_variable
# raises: NotFoundError
# culprit: mean_err/count
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
errors = tf.compat.v1.placeholder(tf.float32, [6])
mean_err, mean_update = tf.compat.v1.metrics.mean(errors, name="mean_err")
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())  # <- cause
session.run(mean_update, {errors: np.ones(6)})  # <- raises
