# source: https://github.com/fupiao1998/res2net-keras/issues/1
# family: shape_mismatch
# raises: ValueError
# cause: 2:2, 2:8
# raise: 2:5
# culprit: Concatenate | strides
# expect: one branch of the block downsamples with strides=2 (8x8) while the other keeps 16x16, so Concatenate cannot join them; use the same stride in every branch (or downsample the shortcut too).
# %%
import keras
from keras import layers

IMG = (16, 16, 3)
# %%
def split_block(x, width, first_stride):
    a = layers.Conv2D(width, 3, strides=first_stride, padding="same", activation="relu")(x)
    b = layers.Conv2D(width, 1, padding="same", activation="relu")(x)
    b = layers.Conv2D(width, 3, padding="same", activation="relu")(b)
    return layers.Concatenate(axis=-1)([a, b])

inp = keras.Input(shape=IMG)
merged = split_block(inp, 8, first_stride=2)
