# source: https://github.com/DIUx-xView/xView2_baseline/issues/18
# family: checkpoint_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:1
# culprit: spot_conv | kernel
# expect: the weights were trained with TRAIN_CFG kernel=5, but the inference notebook rebuilds the net from INFER_CFG with kernel=3, so the spot_conv kernel is (3, 3, 1, 8) while the file holds (5, 5, 1, 8); rebuild with the training config (kernel=5) before load_weights.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(51)
scans = rng.random((12, 24, 24, 1)).astype("float32")
has_spot = rng.integers(0, 2, size=12)
TRAIN_CFG = {"filters": 8, "kernel": 5, "dropout": 0.2}
WEIGHTS = "/tmp/b15_spot_detector.weights.h5"

def build_net(cfg):
    inp = keras.Input((24, 24, 1))
    x = layers.Conv2D(cfg["filters"], cfg["kernel"], activation="relu", name="spot_conv")(inp)
    x = layers.GlobalMaxPooling2D()(x)
    x = layers.Dropout(cfg["dropout"])(x)
    return keras.Model(inp, layers.Dense(1, activation="sigmoid", name="spot_head")(x))

trained = build_net(TRAIN_CFG)
trained.compile("adam", "binary_crossentropy")
trained.fit(scans, has_spot, epochs=1, verbose=0)
trained.save_weights(WEIGHTS)
# %%
INFER_CFG = {"filters": 8, "kernel": 3, "dropout": 0.0}   # defaults from the README
detector = build_net(INFER_CFG)
# %%
detector.load_weights(WEIGHTS)
print(detector.predict(scans[:2], verbose=0))
