# family: missing_gradient
# raises: ValueError
# culprit: offset
import numpy as np
import tensorflow as tf
xs = np.linspace(0, 1, 8).astype("float32")
ys = 2 * xs + 1
offset = tf.Variable(3)  # <- cause


def predict(x):
    return x + tf.cast(offset, tf.float32)


opt = tf.keras.optimizers.SGD(0.1)
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(predict(xs) - ys))
grads = tape.gradient(loss, [offset])
opt.apply_gradients(zip(grads, [offset]))  # <- raises
