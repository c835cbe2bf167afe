# source: https://github.com/BNN-UPC/RouteNet-Erlang/issues/3
# family: other
# raises: KeyError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: val_loss | ckpt_dir
# expect: The checkpoint filepath template contains {val_loss:.2f}, but fit is called without validation_data, so the epoch logs have no val_loss and ModelCheckpoint cannot format the file name ("Failed to format this callback filepath ... 'val_loss'"). Pass validation data to fit (validation_data=(x_val, y_val)) or drop val_loss from the filename template.
# %%
import os
import numpy as np
import keras

rng = np.random.default_rng(180)
link_features = rng.random((200, 6)).astype("float32")
delays = (link_features @ rng.random((6, 1))).astype("float32")
ckpt_dir = "/tmp/b8_routenet_ckpt"
os.makedirs(ckpt_dir, exist_ok=True)
model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(32, activation="selu"), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(1e-3), loss="mse")
# %%
checkpoint = keras.callbacks.ModelCheckpoint(os.path.join(ckpt_dir, "{epoch:02d}-{val_loss:.2f}.keras"), verbose=0)
# %%
model.fit(link_features, delays, epochs=2, batch_size=32, callbacks=[checkpoint], verbose=0)
