# source: https://github.com/jonkrohn/DLTFpT/issues/7
# family: other
# raises: ValueError
# cause: 1:5
# raise: 3:1
# culprit: ckpt_pattern | .hdf5
# expect: the checkpoint file pattern ends in ".hdf5", but with save_weights_only=True Keras 3's ModelCheckpoint only accepts paths ending in ".weights.h5", so constructing the callback fails. Name the files like "weights.{epoch:02d}.weights.h5".
# %%
import os, tempfile
import numpy as np
import keras
output_path = tempfile.mkdtemp()
ckpt_pattern = output_path + "/weights.{epoch:02d}.hdf5"
X = np.random.rand(200, 13).astype("float32")
y = X @ np.random.rand(13) + 0.1
# %%
regressor = keras.Sequential([
    keras.Input((13,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.BatchNormalization(),
    keras.layers.Dense(1),
])
regressor.compile(optimizer="nadam", loss="mse")
# %%
modelcheckpoint = keras.callbacks.ModelCheckpoint(ckpt_pattern, save_weights_only=True)
regressor.fit(X, y, batch_size=8, epochs=3, validation_split=0.2, callbacks=[modelcheckpoint], verbose=0)
