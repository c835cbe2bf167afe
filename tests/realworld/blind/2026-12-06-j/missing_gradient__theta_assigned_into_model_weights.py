# source: https://github.com/tensorflow/tensorflow/issues/54532
# family: missing_gradient
# raises: TypeError
# cause: 3:2
# raise: 4:8
# culprit: theta | assign
# expect: log_posterior copies theta into the model with reg.w.assign(theta); assign is not differentiable, so the tape sees no path from theta to the log posterior and tape.gradient returns None, and step_size * grad fails. Compute the prediction from theta directly (e.g. tf.reduce_sum(obs_x * theta, -1)) instead of assigning it into the weight.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(14)
obs_x = rng.normal(size=(50, 3)).astype("float32")
obs_y = (obs_x @ np.array([0.5, -1.0, 2.0], dtype="float32")).astype("float32")
# %%
class Regressor(keras.Model):
    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(input_shape[-1],), initializer="zeros")
    def call(self, x):
        return tf.reduce_sum(x * self.w, axis=-1)

reg = Regressor()
reg(obs_x[:1])
# %%
def log_posterior(theta):
    reg.w.assign(theta)
    resid = reg(obs_x) - obs_y
    log_prior = -0.5 * tf.reduce_sum(reg.w ** 2)
    return -0.5 * tf.reduce_sum(resid ** 2) + log_prior
# %%
theta = tf.zeros([3])
step_size = 0.01
for it in range(3):
    with tf.GradientTape() as tape:
        tape.watch(theta)
        lp = log_posterior(theta)
    grad = tape.gradient(lp, theta)
    theta = theta + step_size * grad
