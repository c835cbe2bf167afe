# source: https://github.com/mzaradzki/neuralnets/issues/9
# family: shape_mismatch
# raises: ValueError
# cause: 1:4, 1:5
# raise: 2:4
# culprit: image_size | conv_block
# expect: Each block shrinks the feature map (two valid 3x3 convolutions, then 2x2 pooling), and five blocks need far more than the 32-pixel tiles set in image_size; by the third block the map is 1x1 and its 2x2 pooling would produce a zero or negative size. Use larger inputs (or padding="same"), or fewer blocks.
# %%
import numpy as np
import keras

image_size = 32
block_filters = [32, 64, 128, 256, 512]
tiles = np.random.default_rng(2).random((4, image_size, image_size, 3)).astype("float32")
# %%
def conv_block(x, filters):
    x = keras.layers.Conv2D(filters, 3, activation="relu")(x)
    x = keras.layers.Conv2D(filters, 3, activation="relu")(x)
    return keras.layers.MaxPooling2D(2)(x)

inputs = keras.Input(shape=(image_size, image_size, 3))
x = inputs
for filters in block_filters:
    x = conv_block(x, filters)
    print(filters, x.shape)
