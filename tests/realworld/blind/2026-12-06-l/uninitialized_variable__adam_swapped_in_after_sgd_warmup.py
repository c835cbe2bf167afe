# source: https://github.com/Anmol6/DNGO-BO/issues/11
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 3:1, 2:9
# raise: 3:4
# culprit: beta1_power | Adam
# env: TF_USE_LEGACY_KERAS=1
# expect: AdamOptimizer.minimize in the last cell creates new variables (beta1_power, beta2_power and the m/v slots of every weight) after global_variables_initializer already ran in cell 2, so the first Adam step reads uninitialized slots. Initialize only the new optimizer variables (tf.compat.v1.variables_initializer(adam.variables())) before training, without resetting the warmed-up weights.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(4)
obs_x = rng.uniform(-2, 2, size=(60, 1)).astype(np.float32)
obs_y = (np.sin(3 * obs_x) + 0.1 * rng.normal(size=(60, 1))).astype(np.float32)
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="x_in")
y_in = tf.compat.v1.placeholder(tf.float32, [None, 1], name="y_in")
h = tf.compat.v1.layers.dense(x_in, 20, activation=tf.tanh, name="basis1")
h = tf.compat.v1.layers.dense(h, 20, activation=tf.tanh, name="basis2")
pred = tf.compat.v1.layers.dense(h, 1, name="head")
mse = tf.reduce_mean(tf.square(pred - y_in))
sgd_step = tf.compat.v1.train.GradientDescentOptimizer(0.05).minimize(mse)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for _ in range(50):
    sess.run(sgd_step, {x_in: obs_x, y_in: obs_y})
print("warmup mse", sess.run(mse, {x_in: obs_x, y_in: obs_y}))
# %%
adam_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(mse)
feed = {x_in: obs_x, y_in: obs_y}
for _ in range(20):
    sess.run(adam_step, feed)
print("fine-tuned mse", sess.run(mse, feed))
