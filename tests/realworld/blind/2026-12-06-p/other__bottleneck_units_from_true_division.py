# source: https://github.com/tensorflow/tensorflow/issues/48466
# family: other
# raises: ValueError
# cause: 2:2
# raise: 3:1
# culprit: bottleneck | units
# expect: BOTTLENECK is computed with / (true division), so it is the float 12.0 and keras.layers.Dense refuses a non-integer units value. Use integer division (//) or int(...).
# %%
import numpy as np
import keras

rng = np.random.default_rng(15)
spectra = rng.random((32, 48)).astype("float32")
# %%
INPUT_DIM = spectra.shape[1]
BOTTLENECK = INPUT_DIM / 4

def build_autoencoder(input_dim, code_dim):
    inp = keras.Input((input_dim,))
    code = keras.layers.Dense(code_dim, activation="relu", name="code")(inp)
    recon = keras.layers.Dense(input_dim)(code)
    return keras.Model(inp, recon)
# %%
autoencoder = build_autoencoder(INPUT_DIM, BOTTLENECK)
autoencoder.compile("adam", "mse")
autoencoder.fit(spectra, spectra, epochs=1, verbose=0)
