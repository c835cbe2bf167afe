# source: https://github.com/tensorflow/tensorflow/issues/43845
# family: missing_gradient
# raises: ValueError
# cause: 1:7, 1:8
# raise: 3:6
# culprit: slope | intercept | int32
# expect: slope and intercept were created from Python ints (tf.Variable(0)), so they are int32 variables; integer tensors are not differentiable, tape.gradient returns None for both and apply_gradients raises "No gradients provided for any variable". Create them as floats (tf.Variable(0.0)) and drop the casts.
# %%
import numpy as np
import tensorflow as tf
import keras

hours = np.arange(12, dtype="float32")
temperature = (1.5 * hours + 4.0 + np.random.default_rng(1).normal(0, 0.3, 12)).astype("float32")
slope = tf.Variable(0, name="slope")
intercept = tf.Variable(0, name="intercept")
# %%
def predict(x):
    return tf.cast(slope, tf.float32) * x + tf.cast(intercept, tf.float32)

sgd = keras.optimizers.SGD(learning_rate=0.01)
# %%
for epoch in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(predict(hours) - temperature))
    grads = tape.gradient(loss, [slope, intercept])
    print(epoch, float(loss), grads)
    sgd.apply_gradients(zip(grads, [slope, intercept]))
