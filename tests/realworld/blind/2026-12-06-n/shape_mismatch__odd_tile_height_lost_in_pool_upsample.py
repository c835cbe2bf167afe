# source: https://github.com/keras-team/keras/issues/4818
# family: shape_mismatch
# raises: ValueError
# cause: 1:5
# raise: 3:1
# culprit: TILE_H | 45 | up_sampling2d
# expect: The tiles are 45 pixels high; MaxPooling2D floors 45 to 22 and UpSampling2D doubles it back to 44, so the decoder predicts 44x60 masks against 45x60 targets and the loss fails on the mismatched spatial shapes. Crop/pad the tiles to an even height (e.g. 44 or 48), use padding="same" pooling with a Cropping2D, or resize the masks.
# %%
import numpy as np
import keras

rng = np.random.default_rng(45)
TILE_H, TILE_W = 45, 60
N_CLASSES = 3
tiles = rng.random((16, TILE_H, TILE_W, 3)).astype("float32")
masks = rng.integers(0, N_CLASSES, size=(16, TILE_H, TILE_W))
# %%
inputs = keras.Input((TILE_H, TILE_W, 3))
x = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(inputs)
x = keras.layers.MaxPooling2D(2)(x)
x = keras.layers.Conv2D(16, 3, padding="same", activation="relu")(x)
x = keras.layers.UpSampling2D(2)(x)
outputs = keras.layers.Conv2D(N_CLASSES, 1, activation="softmax")(x)
segnet = keras.Model(inputs, outputs)
segnet.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
print(segnet.output_shape)
# %%
segnet.fit(tiles, masks, batch_size=4, epochs=1, verbose=0)
