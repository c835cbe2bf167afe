# source: https://github.com/google/meridian/issues/1163
# family: other
# raises: InvalidArgumentError
# cause: 1:4
# raise: 1:11
# culprit: hours | slope
# expect: hours comes from np.linspace, which is float64, while slope and intercept are float32 variables; tf.matmul refuses to mix a double and a float tensor. Cast the data once where it is made: hours.astype("float32") (and scores too).
# %%
import numpy as np
import tensorflow as tf

hours = np.linspace(0, 10, 50).reshape(-1, 1)
scores = 3.0 * hours + 2.0 + np.random.normal(0, 0.5, size=hours.shape)
slope = tf.Variable(tf.zeros([1, 1]))
intercept = tf.Variable(tf.zeros([1]))
optimizer = tf.keras.optimizers.SGD(0.01)
for step in range(5):
    with tf.GradientTape() as tape:
        predicted = tf.matmul(hours, slope) + intercept
        loss = tf.reduce_mean(tf.square(predicted - scores))
    grads = tape.gradient(loss, [slope, intercept])
    optimizer.apply_gradients(zip(grads, [slope, intercept]))
