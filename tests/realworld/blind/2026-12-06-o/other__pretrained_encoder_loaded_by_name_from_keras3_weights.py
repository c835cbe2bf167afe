# source: https://github.com/keras-team/keras/issues/21404
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: by_name | load_weights
# expect: load_weights(..., by_name=True) only works for legacy .h5/.hdf5 files; the autoencoder was saved in the Keras 3 .weights.h5 format, so the call raises "`by_name` only supports loading legacy '.h5' or '.hdf5' files". Rebuild the autoencoder, load its weights, and copy the encoder layers' weights into the classifier (set_weights(get_weights())) instead of loading by name.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(191)
profiles = rng.random((64, 10)).astype("float32")
PRETRAINED = "/tmp/b15_profile_autoencoder.weights.h5"

ae_in = keras.Input((10,))
code = layers.Dense(4, activation="relu", name="enc_dense")(ae_in)
recon = layers.Dense(10, name="dec_dense")(code)
autoencoder = keras.Model(ae_in, recon)
autoencoder.compile("adam", "mse")
autoencoder.fit(profiles, profiles, epochs=1, verbose=0)
autoencoder.save_weights(PRETRAINED)
# %%
clf_in = keras.Input((10,))
feats = layers.Dense(4, activation="relu", name="enc_dense")(clf_in)
risk = layers.Dense(1, activation="sigmoid", name="risk_head")(feats)
risk_model = keras.Model(clf_in, risk)
# %%
risk_model.load_weights(PRETRAINED, by_name=True)
risk_model.compile("adam", "binary_crossentropy")
