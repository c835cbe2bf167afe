# source: https://github.com/tensorflow/tensorflow/issues/74342
# family: other
# raises: ValueError
# cause: 3:1
# raise: 3:1
# culprit: filepath | .weights.h5
# expect: With save_weights_only=True, Keras 3's ModelCheckpoint requires a path ending in .weights.h5, but the callback is given the TF-style "cp-{epoch:02d}.ckpt" pattern; change the filepath to end in .weights.h5.
# %%
import os
import numpy as np
import keras

RUN = {
    "ckpt_dir": "/tmp/blind3_run",
    "epochs": 2,
    "batch_size": 8,
}
os.makedirs(RUN["ckpt_dir"], exist_ok=True)
# %%
rng = np.random.RandomState(10)
x_train = rng.rand(40, 6).astype("float32")
y_train = rng.rand(40, 1).astype("float32")
net = keras.Sequential([keras.Input((6,)), keras.layers.Dense(4, activation="relu"), keras.layers.Dense(1)])
net.compile("adam", "mse")
# %%
save_cb = keras.callbacks.ModelCheckpoint(filepath=os.path.join(RUN["ckpt_dir"], "cp-{epoch:02d}.ckpt"), save_weights_only=True, verbose=0)
net.fit(x_train, y_train, epochs=RUN["epochs"], batch_size=RUN["batch_size"], callbacks=[save_cb], verbose=0)
