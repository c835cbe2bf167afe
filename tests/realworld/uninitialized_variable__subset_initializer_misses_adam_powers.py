# source: https://github.com/tensorflow/tensorflow/issues/8057
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 1:14
# raise: 1:17
# culprit: beta1_power | beta2_power
# expect: The hand-made list given to variables_initializer holds the model variables and Adam's m/v slots but not Adam's beta1_power/beta2_power accumulators, which get_slot() does not return; initialize them too (optimizer.variables()) or use global_variables_initializer().
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

inputs = tf.compat.v1.placeholder(tf.float32, [None, 5])
coef = tf.compat.v1.get_variable("coef", [5, 1])
offset = tf.compat.v1.get_variable("offset", [1], initializer=tf.compat.v1.zeros_initializer())
residual = tf.reduce_mean(tf.square(tf.matmul(inputs, coef) + offset))
adam = tf.compat.v1.train.AdamOptimizer(1e-3)
fit_step = adam.minimize(residual)

model_vars = [coef, offset]
slots = [adam.get_slot(v, name) for name in adam.get_slot_names() for v in model_vars]
init_listed = tf.compat.v1.variables_initializer(model_vars + slots)
sess = tf.compat.v1.Session()
sess.run(init_listed)
sess.run(fit_step, {inputs: np.ones((4, 5), "float32")})
