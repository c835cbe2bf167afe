# source: https://github.com/keras-team/keras/issues/13816
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: ModelCheckpoint monitors val_loss with save_best_only and a {val_loss} filepath; that key exists because fit() receives validation_data, so nothing is wrong and it runs cleanly.
# %%
import tempfile
import numpy as np
import keras
rng = np.random.default_rng(44)
X, y = rng.random((60, 6)).astype("float32"), rng.random((60, 1)).astype("float32")
Xv, yv = rng.random((20, 6)).astype("float32"), rng.random((20, 1)).astype("float32")
model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
# %%
ckpt = keras.callbacks.ModelCheckpoint(tempfile.mkdtemp() + "/best-{epoch:02d}-{val_loss:.3f}.keras",
                                       monitor="val_loss", save_best_only=True)
hist = model.fit(X, y, validation_data=(Xv, yv), epochs=2, batch_size=20, callbacks=[ckpt], verbose=0)
print(sorted(hist.history))
