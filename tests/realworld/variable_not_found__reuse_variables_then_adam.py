# source: https://github.com/tensorflow/tensorflow/issues/13887
# family: variable_not_found
# raises: ValueError
# cause: 1:17
# raise: 1:14
# culprit: Adam | slope
# expect: reuse_variables() on the root scope makes every later get_variable a lookup; the second RateModel's AdamOptimizer then looks for slot variables like slope/Adam_2 that do not exist. Build the second model inside its own variable_scope(reuse=True) block only, or create the optimizer outside the reusing scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
xs = np.random.rand(50).astype(np.float32)
ys = 3.0 * xs + 1.0

class RateModel:
    def __init__(self):
        slope = tf.compat.v1.get_variable("slope", [1])
        intercept = tf.Variable(tf.zeros([1]))
        self.loss = tf.reduce_mean(tf.square(slope * xs + intercept - ys))
        self.train = self.optimizer_step()
    def optimizer_step(self):
        return tf.compat.v1.train.AdamOptimizer(0.1).minimize(self.loss)

first = RateModel()
tf.compat.v1.get_variable_scope().reuse_variables()
second = RateModel()
