# source: https://github.com/Hvass-Labs/TensorFlow-Tutorials/issues/60
# family: shape_mismatch
# raises: ValueError
# cause: 1:4
# raise: 3:1
# culprit: img_size | 30 | ToImage
# expect: ToImage reshapes the flat 3600-pixel rows with tf.reshape(x, [-1, img_size, img_size, 1]) but img_size is still 30 from the previous dataset, so every 60x60 image becomes four 30x30 images; the logits batch is 4x the label batch and the loss fails ("Arguments `target` and `output` must have the same shape up until the last dimension: target.shape=(10,), output.shape=(40, 124)"). Set img_size = 60 (or derive it from the data).
# %%
import numpy as np
import tensorflow as tf
import keras
img_size = 30
num_classes = 124
rng = np.random.default_rng(60)
scans = rng.random((40, 60 * 60)).astype("float32")
scan_labels = rng.integers(0, num_classes, size=40)
# %%
class ToImage(keras.layers.Layer):
    def call(self, x):
        return tf.reshape(x, [-1, img_size, img_size, 1])

inputs = keras.Input((scans.shape[1],))
net = ToImage()(inputs)
net = keras.layers.Conv2D(16, 3, padding="same", activation="relu")(net)
net = keras.layers.MaxPooling2D(2)(net)
net = keras.layers.Flatten()(net)
logits = keras.layers.Dense(num_classes)(net)
classifier = keras.Model(inputs, logits)
classifier.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
# %%
classifier.fit(scans, scan_labels, batch_size=10, epochs=1, verbose=0)
