# source: https://github.com/keras-team/keras/issues/7377
# family: shape_mismatch
# raises: ValueError
# cause: 1:6
# raise: 2:9
# culprit: CONCAT_AXIS | Concatenate | axis=1
# expect: The config ported from the Theano (channels_first) version keeps CONCAT_AXIS = 1, but the inputs are channels_last, so Concatenate joins along height and the channel counts (128 vs 64) must match. Use CONCAT_AXIS = -1 for channels_last tensors.
# %%
import numpy as np
import keras

cfg = {"patch_height": 48, "patch_width": 48, "n_ch": 1}
# carried over from the theano notebook
CONCAT_AXIS = 1
patches = np.random.default_rng(28).random((4, 48, 48, 1)).astype("float32")
# %%
def get_unet(h, w, ch):
    inputs = keras.Input((h, w, ch))
    conv1 = keras.layers.Conv2D(32, 3, activation="relu", padding="same")(inputs)
    pool1 = keras.layers.MaxPooling2D(2)(conv1)
    conv2 = keras.layers.Conv2D(64, 3, activation="relu", padding="same")(pool1)
    pool2 = keras.layers.MaxPooling2D(2)(conv2)
    conv3 = keras.layers.Conv2D(128, 3, activation="relu", padding="same")(pool2)
    up1 = keras.layers.UpSampling2D(2)(conv3)
    up1 = keras.layers.Concatenate(axis=CONCAT_AXIS)([up1, conv2])
    conv4 = keras.layers.Conv2D(64, 3, activation="relu", padding="same")(up1)
    up2 = keras.layers.Concatenate(axis=CONCAT_AXIS)([keras.layers.UpSampling2D(2)(conv4), conv1])
    out = keras.layers.Conv2D(2, 1, activation="softmax")(up2)
    return keras.Model(inputs, out)

unet = get_unet(cfg["patch_height"], cfg["patch_width"], cfg["n_ch"])
