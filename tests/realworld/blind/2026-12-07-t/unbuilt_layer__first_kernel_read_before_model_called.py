# source: https://github.com/tensorflow/tensorflow/issues/29073
# family: unbuilt_layer
# raises: IndexError
# cause: 2:11, 3:1
# raise: 3:1
# culprit: unet | trainable_variables
# expect: the subclassed model unet has never been called or built, so its layers have no weights yet and unet.trainable_variables is an empty list; call the model on a batch (or unet.build((None, 32, 32, 1))) before reading its variables
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class TinyUNet(keras.Model):
    def __init__(self, filters=8):
        super().__init__()
        self.down = keras.layers.Conv2D(filters, 3, strides=2, padding="same", activation="relu")
        self.up = keras.layers.Conv2DTranspose(filters, 3, strides=2, padding="same", activation="relu")
        self.out_conv = keras.layers.Conv2D(1, 1)

    def call(self, x):
        return self.out_conv(self.up(self.down(x)))

unet = TinyUNet()
# %%
first_kernel = unet.trainable_variables[0]
print(first_kernel.shape)
