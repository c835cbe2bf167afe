# source: https://github.com/keras-team/keras/issues/6104
# family: other
# raises: KeyError
# cause: 2:2
# raise: 3:1
# culprit: val_acc | filepath
# expect: The ModelCheckpoint filepath formats {val_acc}, but the logs only contain val_accuracy (the metric was compiled as "accuracy"), so formatting the path at the end of the first epoch raises KeyError. Use {val_accuracy} in the filepath.
# %%
import tempfile
import numpy as np
import keras
rng = np.random.default_rng(3)
X = rng.random((64, 12)).astype("float32")
y = rng.integers(0, 2, size=64)
model = keras.Sequential([keras.Input((12,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
# %%
ckpt_dir = tempfile.mkdtemp()
checkpoint = keras.callbacks.ModelCheckpoint(ckpt_dir + "/weights-{epoch:02d}-{val_acc:.2f}.keras",
                                             monitor="val_accuracy", save_best_only=True)
# %%
history = model.fit(X, y, validation_split=0.25, epochs=2, callbacks=[checkpoint], verbose=0)
