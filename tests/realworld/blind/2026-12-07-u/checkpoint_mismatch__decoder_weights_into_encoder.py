# source: https://github.com/google/diffseg/issues/15
# family: checkpoint_mismatch
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: WEIGHTS_FILE | vae_decoder
# expect: WEIGHTS_FILE points at the decoder's weight file, so load_weights tries to put the decoder's (8, 32)/(32, 64) tensors into the encoder's (64, 32)/(32, 8) Dense kernels and Keras reports the shape mismatch. Load the encoder's own file (vae_encoder.weights.h5).
# %%
import os, tempfile
import numpy as np
import keras

def make_encoder():
    return keras.Sequential([keras.Input((64,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(8)], name="vae_encoder")

def make_decoder():
    return keras.Sequential([keras.Input((8,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(64)], name="vae_decoder")
# %%
weights_dir = tempfile.mkdtemp()
make_encoder().save_weights(os.path.join(weights_dir, "vae_encoder.weights.h5"))
make_decoder().save_weights(os.path.join(weights_dir, "vae_decoder.weights.h5"))
print(sorted(os.listdir(weights_dir)))
# %%
WEIGHTS_FILE = os.path.join(weights_dir, "vae_decoder.weights.h5")
encoder = make_encoder()
encoder.load_weights(WEIGHTS_FILE)
latents = encoder.predict(np.random.rand(4, 64), verbose=0)
