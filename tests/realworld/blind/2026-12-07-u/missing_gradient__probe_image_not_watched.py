# source: https://github.com/fchollet/deep-learning-with-python-notebooks/pull/284
# family: missing_gradient
# raises: TypeError
# cause: 2:1
# raise: 3:5
# culprit: probe | tf.zeros
# expect: probe is a plain tf.zeros tensor, not a tf.Variable, and the tape never watches it, so tape.gradient(activation, probe) returns None and the ascent step multiplies None. Make the probe a tf.Variable or call tape.watch(probe) inside the tape.
# %%
import numpy as np
import tensorflow as tf
import keras

feature_net = keras.Sequential([
    keras.Input((16, 16, 1)),
    keras.layers.Conv2D(4, 3, activation="relu"),
    keras.layers.GlobalAveragePooling2D(),
])
# %%
probe = tf.zeros((1, 16, 16, 1))
step_size = 0.5
unit = 2
# %%
for it in range(5):
    with tf.GradientTape() as tape:
        activation = feature_net(probe)[:, unit]
    grad = tape.gradient(activation, probe)
    probe = probe + step_size * grad / (tf.norm(grad) + 1e-8)
print(float(activation[0]))
