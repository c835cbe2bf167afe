# source: https://taourl.com/read-2033525.html
# family: missing_gradient
# raises: ValueError
# cause: 1:6, 1:5
# raise: 1:9
# culprit: image | saliency
# expect: image is a plain tensor (tf.random.uniform), not a variable, and the tape never calls tape.watch(image), so tape.gradient(class_score, image) returns None and tf.abs(None) fails. Add tape.watch(image) as the first line inside the with block.
# %%
import tensorflow as tf
import keras

classifier = keras.Sequential([keras.Input(shape=(8, 8, 1)), keras.layers.Conv2D(4, 3), keras.layers.GlobalAveragePooling2D(), keras.layers.Dense(3)])
image = tf.random.uniform([1, 8, 8, 1])
with tf.GradientTape() as tape:
    class_score = classifier(image)[0, 2]
saliency = tape.gradient(class_score, image)
heatmap = tf.reduce_max(tf.abs(saliency), axis=-1)
