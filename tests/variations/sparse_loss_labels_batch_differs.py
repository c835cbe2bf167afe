# family: shape_mismatch
# raises: ValueError
# culprit: (40, 5)
import numpy as np
import keras
import tensorflow as tf


class Tiles(keras.layers.Layer):
    def call(self, x):
        return tf.reshape(x, [-1, 6, 6, 1])


rng = np.random.default_rng(0)
pixels = rng.random((10, 144)).astype("float32")
ids = rng.integers(0, 5, size=10)
inputs = keras.Input((144,))
net = keras.layers.Flatten()(Tiles()(inputs))
model = keras.Model(inputs, keras.layers.Dense(5)(net))
model.compile("sgd", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
model.fit(pixels, ids, batch_size=10, epochs=1, verbose=0)  # <- cause, raises
