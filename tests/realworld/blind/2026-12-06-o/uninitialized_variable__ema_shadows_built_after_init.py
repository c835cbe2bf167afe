# source: https://github.com/tensorflow/tensorflow/issues/2825
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:2, 3:3
# raise: 3:6
# culprit: ExponentialMovingAverage | coef
# expect: averager.apply() creates the shadow variables (coef/ExponentialMovingAverage, offset/ExponentialMovingAverage) after global_variables_initializer() already ran in cell 2, so they were never initialized; build the EMA before running the initializer (or initialize the new shadow variables) before the first training step.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(7)
sensor_x = rng.normal(size=(64, 5)).astype(np.float32)
sensor_y = (sensor_x @ rng.normal(size=(5, 1))).astype(np.float32)

feat_in = tf.compat.v1.placeholder(tf.float32, [None, 5], name="feat_in")
target_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="target_in")
coef = tf.compat.v1.get_variable("coef", [5, 1], initializer=tf.compat.v1.zeros_initializer())
offset = tf.compat.v1.get_variable("offset", [1], initializer=tf.compat.v1.zeros_initializer())
pred = tf.matmul(feat_in, coef) + offset
mse = tf.reduce_mean(tf.square(pred - target_in))
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
sgd_step = tf.compat.v1.train.GradientDescentOptimizer(0.05).minimize(mse)
print("initial loss", sess.run(mse, {feat_in: sensor_x, target_in: sensor_y}))
# %%
averager = tf.compat.v1.train.ExponentialMovingAverage(decay=0.9)
with tf.control_dependencies([sgd_step]):
    train_and_average = averager.apply([coef, offset])

for step in range(3):
    _, loss_val = sess.run([train_and_average, mse], {feat_in: sensor_x, target_in: sensor_y})
    print(step, loss_val)
