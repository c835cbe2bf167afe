# source: https://github.com/raghakot/keras-resnet/issues/13
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: control: the residual block projects the shortcut with a 1x1 convolution whenever the number of channels changes, so every Add() receives matching shapes; the model builds and trains one epoch, nothing to report.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(0)
tiles = rng.random((16, 32, 32, 3)).astype("float32")
tile_labels = rng.integers(0, 4, size=16)
STAGE_WIDTHS = [8, 16]
# %%
def res_block(x, filters):
    shortcut = x
    if x.shape[-1] != filters:
        shortcut = layers.Conv2D(filters, 1, padding="same")(x)
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
tile_net.compile("adam", "sparse_categorical_crossentropy")
tile_net.fit(tiles, tile_labels, batch_size=8, epochs=1, verbose=0)
