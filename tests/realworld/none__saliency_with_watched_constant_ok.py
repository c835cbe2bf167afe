# source: https://github.com/tensorflow/tensorflow/issues/31264
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Valid. The gradient is taken with respect to a plain tensor (not a variable), which usually returns None, but tape.watch(image) is called inside the tape, so tape.gradient returns a real (1, 8, 8, 1) gradient. No error and no warning.
# %%
import tensorflow as tf
import keras

classifier = keras.Sequential([keras.Input(shape=(8, 8, 1)), keras.layers.Conv2D(4, 3), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(3)])
image = tf.random.uniform([1, 8, 8, 1])
with tf.GradientTape() as tape:
    tape.watch(image)
    class_score = classifier(image)[0, 2]
saliency = tape.gradient(class_score, image)
heatmap = tf.reduce_max(tf.abs(saliency), axis=-1)
