# source: https://github.com/foamliu/Deep-Image-Matting/issues/51
# family: checkpoint_mismatch
# raises: ValueError
# cause: 4:1
# raise: 4:3
# culprit: build_refiner | restore
# expect: the checkpoint was written from the encoder-decoder built by build_encoder_decoder, but the test cell builds the model with build_refiner, a different architecture; restoring maps the saved kernels onto variables of other shapes. Build the same model (build_encoder_decoder) before restoring
# %%
import os
import tempfile
import numpy as np
import tensorflow as tf
import keras
from keras import layers

run_dir = tempfile.mkdtemp()
rng = np.random.default_rng(25)
# %%
def build_encoder_decoder():
    return keras.Sequential([
        keras.Input((16, 16, 4)),
        layers.Conv2D(8, 3, padding="same", activation="relu"),
        layers.Conv2D(1, 3, padding="same", activation="sigmoid"),
    ], name="segnet")


def build_refiner():
    return keras.Sequential([
        keras.Input((16, 16, 4)),
        layers.Conv2D(16, 3, padding="same", activation="relu"),
        layers.Conv2D(16, 3, padding="same", activation="relu"),
        layers.Conv2D(1, 3, padding="same", activation="sigmoid"),
    ], name="refinement")
# %%
trained = build_encoder_decoder()
trained.compile(optimizer="adam", loss="mse")
trained.fit(rng.random((8, 16, 16, 4)), rng.random((8, 16, 16, 1)), epochs=1, verbose=0)
ckpt_path = tf.train.Checkpoint(model=trained).save(os.path.join(run_dir, "dim"))
# %%
matting = build_refiner()
ckpt = tf.train.Checkpoint(model=matting)
status = ckpt.restore(ckpt_path)
alpha = matting.predict(rng.random((1, 16, 16, 4)), verbose=0)
