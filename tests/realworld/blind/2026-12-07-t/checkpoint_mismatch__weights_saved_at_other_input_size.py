# source: https://github.com/walid0925/AI_Artistry/issues/5
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: IMG_SIZE | fc1
# expect: the weights were saved from the network built for 64x64 inputs, whose Flatten feeds fc1 a 1024-wide vector (16x16x4); rebuilding it for IMG_SIZE = 96 makes fc1's kernel (2304, 32), so load_weights cannot assign the saved (1024, 32) kernel; rebuild at the saved input size (or resize the inputs) before loading
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
import keras
# %%
def make_net(size):
    return keras.Sequential([
        keras.Input((size, size, 3)),
        keras.layers.Conv2D(16, 3, strides=2, padding="same", activation="relu"),
        keras.layers.Conv2D(4, 3, strides=2, padding="same", activation="relu"),
        keras.layers.Flatten(),
        keras.layers.Dense(32, activation="relu", name="fc1"),
        keras.layers.Dense(10, name="logits"),
    ])
trained = make_net(64)
weights_path = os.path.join(tempfile.mkdtemp(), "style_net.weights.h5")
trained.save_weights(weights_path)
# %%
IMG_SIZE = 96
stylizer = make_net(IMG_SIZE)
stylizer.load_weights(weights_path)
