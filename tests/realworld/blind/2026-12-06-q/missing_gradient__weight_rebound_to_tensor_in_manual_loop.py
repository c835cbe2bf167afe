# source: https://github.com/tensorflow/docs/pull/2422
# family: missing_gradient
# raises: TypeError
# cause: 2:6
# raise: 2:6
# culprit: slope
# expect: "slope = slope - LR * d_slope" replaces the tf.Variable with a plain tensor after the first epoch, so the next tape does not watch it and tape.gradient returns None for slope, which then breaks the arithmetic (float * None). Update the variable in place with slope.assign_sub(LR * d_slope), as is already done for intercept.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(19)
hours = tf.constant(rng.uniform(0, 10, size=(30,)), tf.float32)
score = 3.0 * hours + 5.0 + tf.constant(rng.normal(size=(30,)), tf.float32)
slope = tf.Variable(0.0, name="slope")
intercept = tf.Variable(0.0, name="intercept")
LR = 0.01
# %%
for epoch in range(3):
    with tf.GradientTape() as tape:
        pred = slope * hours + intercept
        loss = tf.reduce_mean(tf.square(pred - score))
    d_slope, d_intercept = tape.gradient(loss, [slope, intercept])
    slope = slope - LR * d_slope
    intercept.assign_sub(LR * d_intercept)
