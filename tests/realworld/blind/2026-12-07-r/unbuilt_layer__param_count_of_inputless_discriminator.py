# source: https://github.com/eriklindernoren/Keras-GAN/issues/239
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1
# raise: 3:2
# culprit: aux_discriminator | count_params
# expect: aux_discriminator is a Sequential model without an Input (no input shape), so it has no weights until it is first called or built; asking for count_params() right after construction fails with "the layer isn't built". Give the model keras.Input(shape=(28, 28, 1)) as first entry (or call build/the model on a batch) before reporting its size.
# %%
import numpy as np
import keras
from keras import layers
# %%
aux_discriminator = keras.Sequential([
    layers.Conv2D(16, 3, strides=2, padding="same"),
    layers.LeakyReLU(0.2),
    layers.Conv2D(32, 3, strides=2, padding="same"),
    layers.LeakyReLU(0.2),
    layers.Flatten(),
    layers.Dense(1, activation="sigmoid"),
], name="aux_discriminator")
# %%
aux_discriminator.compile(optimizer=keras.optimizers.Adam(2e-4, 0.5), loss="binary_crossentropy")
print(f"discriminator parameters: {aux_discriminator.count_params():,}")
