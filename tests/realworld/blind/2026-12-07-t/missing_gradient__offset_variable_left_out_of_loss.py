# source: https://github.com/tensorflow/tensorflow/issues/24849
# family: missing_gradient
# raises: TypeError
# cause: 3:3
# raise: 3:6
# culprit: offset | grads
# expect: the prediction inside the tape uses slope but not offset, so tape.gradient returns None for offset and the hand-written update `lr * g` fails on None; include offset in the model expression (x * slope + offset), or skip/zero None gradients explicitly
# %%
import numpy as np
import tensorflow as tf
# %%
x = tf.constant(np.linspace(0, 1, 32, dtype="float32"))
y = 3.0 * x + 0.5
slope = tf.Variable(0.0, name="slope")
offset = tf.Variable(0.0, name="offset")
params = [slope, offset]
lr = 0.1
# %%
for step in range(3):
    with tf.GradientTape() as tape:
        pred = x * slope
        loss = tf.reduce_mean(tf.square(pred - y))
    grads = tape.gradient(loss, params)
    updates = [lr * g for g in grads]
    for p, u in zip(params, updates):
        p.assign_sub(u)
