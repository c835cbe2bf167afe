# source: https://github.com/Maple728/MTNet/issues/4
# family: uninitialized_variable
# raises: NotFoundError
# cause: 2:2
# raise: 2:4
# culprit: rmse_metric/count | rmse_metric/total | local_variables_initializer
# expect: tf.compat.v1.metrics.root_mean_squared_error keeps its running count/total in LOCAL variables, which global_variables_initializer does not cover (TF reports the resource as not found); also run tf.compat.v1.local_variables_initializer().
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

readings = tf.compat.v1.placeholder(tf.float32, [None, 6], name="readings")
target = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target")
proj = tf.Variable(tf.ones([6, 1]), name="proj")
forecast = tf.matmul(readings, proj)
rmse, rmse_update = tf.compat.v1.metrics.root_mean_squared_error(target, forecast, name="rmse_metric")
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
window = np.random.rand(32, 6).astype("float32")
sess.run(rmse_update, {readings: window, target: window[:, :1]})
