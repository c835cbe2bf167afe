# source: https://github.com/hiranumn/IntegratedGradientsTF/issues/1
# family: missing_gradient
# raises: TypeError
# cause: 2:2, 3:2
# raise: 3:3
# culprit: scaled_inputs | tf.gradients
# expect: tf.gradients(pred, scaled_inputs) is [None] because pred is computed from x_in, not from the separately built scaled_inputs tensor; build pred from the interpolated tensor (or take the gradient w.r.t. x_in).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

x_pure = np.random.RandomState(1).randint(-10, 10, [4, 8, 8, 3]).astype(np.float32)
x_in = tf.compat.v1.placeholder(tf.float32, [None, 8, 8, 3], name="x_in")
# %%
steps = 5
pred = tf.reduce_sum(tf.pow(x_in, 2), axis=[1, 2, 3])
alphas = tf.reshape(tf.linspace(0.0, 1.0, steps), [steps, 1, 1, 1])
scaled_inputs = tf.reshape(alphas * x_in[:1], [-1, 8, 8, 3], name="scaled_inputs")
# %%
def integrated_grads(output, samples, stepsize):
    grads = tf.gradients(ys=output, xs=samples)[0]
    return tf.reduce_sum(grads * stepsize, axis=0)

attributions = integrated_grads(pred, scaled_inputs, 1.0 / steps)
