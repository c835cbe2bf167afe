# source: https://github.com/yalickj/load-forecasting-resnet/issues/2
# family: other
# raises: KeyError
# cause: 2:6, 3:3
# raise: 3:3
# culprit: val_loss | logs
# expect: The custom callback reads logs["val_loss"], but fit() is called without validation data, so the epoch logs only contain loss. Pass validation_data/validation_split to fit (or read logs.get("val_loss")).
# %%
import numpy as np
import keras
rng = np.random.default_rng(12)
load = rng.random((200, 24)).astype("float32")
target = load[:, -1:] * 0.9
# %%
class BestEpochLogger(keras.callbacks.Callback):
    def __init__(self):
        super().__init__()
        self.best = np.inf
    def on_epoch_end(self, epoch, logs=None):
        current = logs["val_loss"]
        if current < self.best:
            self.best = current
# %%
net = keras.Sequential([keras.Input((24,)), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
net.compile(optimizer="adam", loss="mse")
net.fit(load, target, epochs=2, batch_size=32, callbacks=[BestEpochLogger()], verbose=0)
