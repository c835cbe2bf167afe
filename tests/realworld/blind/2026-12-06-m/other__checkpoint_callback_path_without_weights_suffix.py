# source: https://github.com/juglab/n2v/issues/150
# family: other
# raises: ValueError
# cause: 2:1
# raise: 2:5
# culprit: weights_best.h5 | ModelCheckpoint
# expect: With save_weights_only=True, Keras 3's ModelCheckpoint requires a filepath ending in ".weights.h5", and the configured train_checkpoint is "weights_best.h5". Name the checkpoint "weights_best.weights.h5".
# %%
import os
import numpy as np
import keras

rng = np.random.default_rng(3)
patches = rng.random((32, 16, 16, 1)).astype("float32")
denoiser = keras.Sequential([
    keras.Input(shape=(16, 16, 1)),
    keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
    keras.layers.Conv2D(1, 3, padding="same"),
])
denoiser.compile(optimizer="adam", loss="mse")
# %%
config = {"train_checkpoint": "weights_best.h5", "train_epochs": 1, "basedir": "/tmp/blind13_n2v"}
os.makedirs(config["basedir"], exist_ok=True)
callbacks = [keras.callbacks.ReduceLROnPlateau(factor=0.5, patience=10)]
checkpoint_path = os.path.join(config["basedir"], config["train_checkpoint"])
callbacks.append(keras.callbacks.ModelCheckpoint(checkpoint_path, save_best_only=True, save_weights_only=True))
denoiser.fit(patches, patches, epochs=config["train_epochs"], callbacks=callbacks, verbose=0)
