# source: https://github.com/jlaihong/image-super-resolution/issues/3
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: num_res_blocks | build_srresnet
# expect: the weights file was written by a generator with 4 residual blocks, but the notebook rebuilds it with num_res_blocks=2, so the saved layers do not match the model's layers and load_weights fails. Rebuild with the same num_res_blocks (and scale) as the saved generator.
# %%
import os, tempfile
import numpy as np
import keras
from keras import layers

def build_srresnet(num_res_blocks=4, filters=16):
    lr = keras.Input((12, 12, 3))
    x = layers.Conv2D(filters, 3, padding="same", activation="relu")(lr)
    for _ in range(num_res_blocks):
        r = layers.Conv2D(filters, 3, padding="same", activation="relu")(x)
        r = layers.Conv2D(filters, 3, padding="same")(r)
        x = layers.Add()([x, r])
    x = layers.UpSampling2D(2)(x)
    return keras.Model(lr, layers.Conv2D(3, 3, padding="same")(x))
# %%
weights_directory = tempfile.mkdtemp()
weights_file = os.path.join(weights_directory, "generator.weights.h5")
trained = build_srresnet(num_res_blocks=4)
trained.save_weights(weights_file)
# %%
model = build_srresnet(num_res_blocks=2)
model.load_weights(weights_file)
