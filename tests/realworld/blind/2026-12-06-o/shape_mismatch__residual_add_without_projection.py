# source: https://github.com/keras-team/keras/pull/2688
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:4
# culprit: shortcut | Add
# expect: res_block adds the identity shortcut to the conv branch, but when the stage widens from 16 to 32 filters the shortcut still has 16 channels, so Add() gets (32, 32, 16) and (32, 32, 32); project the shortcut with a 1x1 Conv2D(filters) when x.shape[-1] != filters.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(0)
tiles = rng.random((16, 32, 32, 3)).astype("float32")
tile_labels = rng.integers(0, 4, size=16)
STAGE_WIDTHS = [16, 32]
# %%
def res_block(x, filters):
    shortcut = x
    y = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
    y = layers.Conv2D(filters, 3, padding="same")(y)
    y = layers.Add()([shortcut, y])
    return layers.Activation("relu")(y)
# %%
inp = keras.Input((32, 32, 3))
x = layers.Conv2D(STAGE_WIDTHS[0], 3, padding="same")(inp)
for width in STAGE_WIDTHS:
    x = res_block(x, width)
x = layers.GlobalAveragePooling2D()(x)
out = layers.Dense(4, activation="softmax")(x)
tile_net = keras.Model(inp, out)
