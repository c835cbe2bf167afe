# source: https://github.com/keras-team/keras/issues/12502
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: decoder_1 | WIDTHS
# expect: the weights file was written by an autoencoder whose decoder_1 had 32 filters, but the rebuilt model uses 48, so load_weights hits a kernel shape mismatch; rebuild with the saved architecture (or load by name with skip_mismatch for the changed layer).
# %%
import numpy as np
import keras
from keras import layers

SIZE = (16, 16)
def autoencoder(widths):
    inp = keras.Input(shape=SIZE + (3,))
    x = layers.Conv2D(widths[0], 3, strides=2, padding="same", activation="elu", name="encoder_1")(inp)
    x = layers.Conv2D(widths[1], 3, strides=2, padding="same", activation="elu", name="encoder_2")(x)
    x = layers.Conv2DTranspose(widths[2], 3, strides=2, padding="same", activation="elu", name="decoder_1")(x)
    out = layers.Conv2DTranspose(3, 3, strides=2, padding="same", name="decoder_out")(x)
    return keras.Model(inp, out)
# %%
ae = autoencoder([16, 32, 32])
ae.compile("adam", "mse")
ae.fit(np.random.rand(8, 16, 16, 3), np.random.rand(8, 16, 16, 3), epochs=1, verbose=0)
ae.save_weights("/tmp/b6_autoencoder.weights.h5")
# %%
WIDTHS = [16, 32, 48]
ae2 = autoencoder(WIDTHS)
ae2.load_weights("/tmp/b6_autoencoder.weights.h5")
