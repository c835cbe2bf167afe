# source: https://github.com/juglab/napari-n2v/issues/55
# family: other
# raises: ValueError
# cause: 1:8
# raise: 3:1
# culprit: train_checkpoint | ModelCheckpoint
# expect: with save_weights_only=True, Keras 3's ModelCheckpoint requires a filepath ending in .weights.h5; the configured name weights_best.h5 is rejected; rename it to weights_best.weights.h5 (or save the full model to a .keras file)
# %%
import os
import tempfile
import numpy as np
import keras

basedir = tempfile.mkdtemp()
rng = np.random.default_rng(12)
train_checkpoint = "weights_best.h5"
# %%
patches = rng.random((32, 16, 16, 1)).astype("float32")
denoiser = keras.Sequential([
    keras.Input((16, 16, 1)),
    keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
    keras.layers.Conv2D(1, 3, padding="same"),
])
denoiser.compile(optimizer=keras.optimizers.Adam(4e-4), loss="mse")
# %%
checkpoint = keras.callbacks.ModelCheckpoint(
    os.path.join(basedir, train_checkpoint),
    monitor="loss", save_best_only=True, save_weights_only=True)
denoiser.fit(patches, patches, epochs=2, batch_size=8, callbacks=[checkpoint], verbose=0)
