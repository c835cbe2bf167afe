# source: https://github.com/tensorflow/tensorflow/issues/42167
# family: missing_gradient
# raises: ValueError
# cause: 2:1
# raise: 3:5
# culprit: cost | y_N
# expect: cost is computed once, eagerly, before the GradientTape is opened, so the tape records nothing and every gradient for y_N is None ("No gradients provided"). Compute the loss inside the tape on each step.
# %%
import tensorflow as tf
import keras
y_N = tf.Variable([1.0, 2.0, 3.0], name="y_N")
# %%
cost = -tf.reduce_mean(tf.reduce_sum(tf.math.log(y_N), axis=0))
opt = keras.optimizers.Adam(0.5)
# %%
for step in range(3):
    with tf.GradientTape() as tape:
        loss = cost
    grads = tape.gradient(loss, [y_N])
    opt.apply_gradients(zip(grads, [y_N]))
