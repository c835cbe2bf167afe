# source: https://github.com/srihari-humbarwadi/DeepLabV3_Plus-Tensorflow2.0/issues/27
# family: shape_mismatch
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: masks | IMG_SIZE | seg_head
# expect: The masks keep the full 64x64 input resolution while the segmentation model downsamples by 2 and never upsamples, so its logits are 32x32x4; SparseCategoricalCrossentropy needs labels equal to logits up to the class axis. Upsample the logits back to 64x64 (or resize the masks to the output size).
# %%
import numpy as np
import tensorflow as tf
import keras
IMG_SIZE = 64
NUM_CLASSES = 4
rng = np.random.default_rng(6)
images = rng.random((8, IMG_SIZE, IMG_SIZE, 3)).astype("float32")
masks = rng.integers(0, NUM_CLASSES, size=(8, IMG_SIZE, IMG_SIZE))
# %%
inp = keras.Input((IMG_SIZE, IMG_SIZE, 3))
x = keras.layers.Conv2D(16, 3, strides=2, padding="same", activation="relu")(inp)
x = keras.layers.Conv2D(16, 3, padding="same", activation="relu")(x)
seg_head = keras.layers.Conv2D(NUM_CLASSES, 1)(x)
model = keras.Model(inp, seg_head)
model.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
# %%
model.fit(images, masks, batch_size=4, epochs=1, verbose=0)
