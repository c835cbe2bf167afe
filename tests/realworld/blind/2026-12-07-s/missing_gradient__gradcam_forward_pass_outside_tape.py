# source: https://github.com/tensorflow/tensorflow/issues/56968
# family: missing_gradient
# raises: ValueError
# cause: 3:3
# raise: 4:4
# culprit: conv_outputs | tape
# expect: conv_outputs and preds were computed before the GradientTape was opened, so the tape recorded nothing that links class_channel to conv_outputs and tape.gradient returns None; run grad_model(img) inside the `with tf.GradientTape()` block (and watch conv_outputs if needed)
# %%
import numpy as np
import tensorflow as tf
import keras
from keras import layers

rng = np.random.default_rng(23)
img = rng.random((1, 32, 32, 3)).astype("float32")
# %%
inputs = keras.Input((32, 32, 3))
x = layers.Conv2D(8, 3, activation="relu")(inputs)
x = layers.Conv2D(16, 3, activation="relu", name="last_conv")(x)
x = layers.GlobalAveragePooling2D()(x)
outputs = layers.Dense(5, activation="softmax")(x)
classifier = keras.Model(inputs, outputs)
# %%
grad_model = keras.Model(classifier.inputs,
                         [classifier.get_layer("last_conv").output, classifier.output])
conv_outputs, preds = grad_model(img)
# %%
with tf.GradientTape() as tape:
    class_channel = preds[:, 2]
grads = tape.gradient(class_channel, conv_outputs)
pooled_grads = tf.reduce_mean(grads, axis=(0, 1, 2))
heatmap = tf.reduce_sum(conv_outputs[0] * pooled_grads, axis=-1)
