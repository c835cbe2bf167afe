# source: https://github.com/pierluigiferrari/ssd_keras/issues/278
# family: other
# raises: KeyError
# cause: 3:1, 2:3, 2:4
# raise: 3:1
# culprit: val_loss | ModelCheckpoint
# expect: The checkpoint filename template formats {val_loss}, but fit is called without validation_data, so the epoch logs only contain "loss" and ModelCheckpoint cannot fill the template. Pass validation data to fit (or drop {val_loss} from the filepath / monitor "loss").
# %%
import numpy as np
import keras

rng = np.random.default_rng(33)
x_train = rng.random((64, 12)).astype("float32")
y_train = rng.integers(0, 2, size=(64, 1)).astype("float32")
x_val = rng.random((16, 12)).astype("float32")
y_val = rng.integers(0, 2, size=(16, 1)).astype("float32")
# %%
model = keras.Sequential([keras.Input((12,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
checkpoint = keras.callbacks.ModelCheckpoint(
    filepath="/tmp/b12_ssd_epoch-{epoch:02d}_loss-{loss:.4f}_val_loss-{val_loss:.4f}.weights.h5",
    save_weights_only=True)
callbacks = [checkpoint, keras.callbacks.TerminateOnNaN()]
# %%
history = model.fit(x_train, y_train, epochs=2, batch_size=16, callbacks=callbacks, verbose=0)
