# source: https://github.com/AISyLab/Triplet-attack/issues/1
# family: other
# raises: ValueError
# cause: 1:6
# raise: 3:1
# culprit: filepath | .hdf5 | ModelCheckpoint
# expect: ModelCheckpoint saving full models in Keras 3 only accepts paths ending in .keras; the template built in the first cell ends in .hdf5, so creating the callback raises "The filepath provided must end in `.keras` (Keras model format)". Use a .keras suffix (or save_weights_only=True with a .weights.h5 suffix).
# %%
import numpy as np
import keras

model_root = "/tmp/b14_triplet/"
test_info = "ASCAD_HW_ep1_BS64"
filepath = model_root + "Triplet_model_{}.hdf5".format(test_info)
rng = np.random.default_rng(1)
traces = rng.normal(size=(96, 50)).astype("float32")
leak_labels = rng.integers(0, 9, size=96)
# %%
embedder = keras.Sequential([
    keras.Input((50,)),
    keras.layers.Dense(32, activation="selu"),
    keras.layers.Dense(9, activation="softmax"),
])
embedder.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
# %%
checkpoint = keras.callbacks.ModelCheckpoint(filepath=filepath, monitor="val_loss", mode="min", save_best_only=True)
embedder.fit(traces, leak_labels, validation_split=0.25, epochs=2, batch_size=32, callbacks=[checkpoint], verbose=0)
