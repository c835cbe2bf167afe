# source: https://github.com/davidADSP/GDL_code/issues/85
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: load_weights
# expect: Nothing to report: the new subclassed model is called once on a dummy batch, which creates its variables, before load_weights, so the weights load cleanly.
# %%
import numpy as np
import keras

class TinyAutoencoder(keras.Model):
    def __init__(self, z_dim=2):
        super().__init__()
        self.enc = keras.layers.Dense(z_dim)
        self.dec = keras.layers.Dense(8, activation="sigmoid")

    def call(self, x):
        return self.dec(self.enc(x))
# %%
digits = np.random.rand(16, 8).astype("float32")
vae = TinyAutoencoder()
vae.compile(optimizer="adam", loss="mse")
vae.fit(digits, digits, epochs=1, verbose=0)
vae.save_weights("/tmp/b2_vae_digits.weights.h5")
# %%
restored = TinyAutoencoder()
restored(np.zeros((1, 8), "float32"))
restored.load_weights("/tmp/b2_vae_digits.weights.h5")
print(np.allclose(restored.predict(digits, verbose=0), vae.predict(digits, verbose=0)))
