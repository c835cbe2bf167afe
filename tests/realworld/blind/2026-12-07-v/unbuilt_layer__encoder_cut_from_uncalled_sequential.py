# source: https://blog.gitcode.com/82ceeaf3f4bd2759a0a98ff94ed96098.html
# family: unbuilt_layer
# raises: AttributeError
# cause: 2:1
# raise: 3:1
# culprit: cae
# expect: the convolutional autoencoder was assembled with add() and no Input, and has never been called or fit, so it has no defined input or intermediate outputs; cae.input fails when cutting out the encoder. Start the Sequential with keras.Input((28, 28, 1)) (or build it with the functional API) before taking cae.input and the embedding layer's output.
# %%
import numpy as np
import keras
from keras import layers
digits = np.random.rand(64, 28, 28, 1).astype("float32")
# %%
cae = keras.Sequential(name="cae")
cae.add(layers.Conv2D(32, 5, strides=2, padding="same", activation="relu"))
cae.add(layers.Conv2D(64, 5, strides=2, padding="same", activation="relu"))
cae.add(layers.Flatten())
cae.add(layers.Dense(10, name="embedding"))
cae.add(layers.Dense(7 * 7 * 64, activation="relu"))
cae.add(layers.Reshape((7, 7, 64)))
cae.add(layers.Conv2DTranspose(1, 5, strides=4, padding="same"))
cae.compile(optimizer="adam", loss="mse")
# %%
encoder = keras.Model(inputs=cae.input, outputs=cae.get_layer("embedding").output)
