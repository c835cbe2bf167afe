# source: https://github.com/tensorflow/tensorflow/issues/6249
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 1:6
# culprit: reshape | Reshape
# expect: The Reshape target 14*14*8 = 1568 was computed by hand as if the 3x3 "valid" convolution kept 28x28; it yields 26x26, pooled to 13x13x8 = 1352 values. Use keras.layers.Flatten() (or compute the size from x.shape) instead of a hard-coded number.
# %%
import keras

scan = keras.Input(shape=(28, 28, 1))
x = keras.layers.Conv2D(8, 3, activation="relu")(scan)
x = keras.layers.MaxPooling2D(2)(x)
x = keras.layers.Reshape((14 * 14 * 8,))(x)
logits = keras.layers.Dense(3)(x)
