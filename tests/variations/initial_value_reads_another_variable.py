# family: uninitialized_variable
# raises: FailedPreconditionError
# culprit: centered
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
readings = np.linspace(0.0, 4.0, 12).astype("float32")
baseline = tf.Variable(readings, name="baseline")
centered = tf.Variable(baseline - tf.reduce_mean(baseline), name="centered")  # <- cause
session = tf.compat.v1.Session()
session.run(tf.compat.v1.global_variables_initializer())  # <- raises
