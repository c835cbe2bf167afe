# source: https://github.com/vanvalenlab/deepcell-tf/issues/112
# family: other
# raises: TypeError
# cause: 2:5
# raise: 3:3
# culprit: floatx | AddCoordinates
# expect: Under the mixed_float16 policy the Conv2D output is float16, but AddCoordinates builds its coordinate grid in keras.backend.floatx() (float32) and concatenates the two, which tf.concat rejects. Build the grid in inputs.dtype (or self.compute_dtype) instead of floatx().
# %%
import numpy as np
import tensorflow as tf
import keras

keras.mixed_precision.set_global_policy("mixed_float16")
print(keras.mixed_precision.global_policy())
# %%
class AddCoordinates(keras.layers.Layer):
    def call(self, inputs):
        batch, height, width = tf.shape(inputs)[0], tf.shape(inputs)[1], tf.shape(inputs)[2]
        rows = tf.range(height)
        rows = tf.cast(rows, keras.backend.floatx()) / tf.cast(height - 1, keras.backend.floatx())
        grid = tf.reshape(rows, [1, -1, 1, 1])
        grid = tf.tile(grid, [batch, 1, width, 1])
        return tf.concat([inputs, grid], axis=-1)
# %%
cells_in = keras.Input(shape=(32, 32, 2), name="cells")
x = keras.layers.Conv2D(16, 3, padding="same", activation="relu")(cells_in)
x = AddCoordinates()(x)
x = keras.layers.Conv2D(1, 1, activation="sigmoid", dtype="float32")(x)
segmenter = keras.Model(cells_in, x)
