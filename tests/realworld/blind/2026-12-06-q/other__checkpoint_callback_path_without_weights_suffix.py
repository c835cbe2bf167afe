# source: https://github.com/keras-team/keras/pull/18740
# family: other
# raises: ValueError
# cause: 1:6
# raise: 3:1
# culprit: checkpoint_filepath | .weights.h5
# expect: With save_weights_only=True, Keras 3's ModelCheckpoint requires a filepath ending in ".weights.h5", but the config still uses the old extension-less "/tmp/b17_ckpt/best_checkpoint" prefix, so the callback refuses it. Change checkpoint_filepath to end in .weights.h5 (and load it back with that name).
# %%
import numpy as np
import keras
rng = np.random.default_rng(13)
x_train = rng.random((40, 8)).astype("float32")
y_train = rng.integers(0, 3, size=40)
config = {"epochs": 1, "batch_size": 16, "checkpoint_filepath": "/tmp/b17_ckpt/best_checkpoint"}
# %%
model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(3)])
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
model.compile(optimizer="adam", loss=loss_fn, metrics=["accuracy"])
# %%
checkpoint_cb = keras.callbacks.ModelCheckpoint(config["checkpoint_filepath"], monitor="val_accuracy", save_best_only=True, save_weights_only=True)
history = model.fit(x_train, y_train, epochs=config["epochs"], batch_size=config["batch_size"], validation_split=0.2, callbacks=[checkpoint_cb], verbose=0)
model.load_weights(config["checkpoint_filepath"])
