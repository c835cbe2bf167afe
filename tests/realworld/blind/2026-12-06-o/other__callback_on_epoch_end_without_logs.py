# source: https://github.com/kubeflow/trainer/pull/1198
# family: other
# raises: TypeError
# cause: 2:6
# raise: 3:2
# culprit: on_epoch_end | LossHistory
# expect: Keras calls Callback.on_epoch_end(epoch, logs); LossHistory defines on_epoch_end(self, epoch) without the logs parameter, so the first epoch end raises "takes 2 positional arguments but 3 were given". Declare it as on_epoch_end(self, epoch, logs=None) and read the loss from logs.
# %%
import numpy as np
import keras

rng = np.random.default_rng(13)
x_rent = rng.random((64, 5)).astype("float32")
y_rent = (x_rent @ rng.random((5, 1))).astype("float32")
rent_model = keras.Sequential([keras.Input((5,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
rent_model.compile("adam", "mse")
# %%
class LossHistory(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        self.epochs_seen = []
        self.losses = []

    def on_epoch_end(self, epoch):
        self.epochs_seen.append(epoch)
        self.losses.append(self.model.evaluate(x_rent, y_rent, verbose=0))
# %%
history_cb = LossHistory()
rent_model.fit(x_rent, y_rent, epochs=2, batch_size=16, verbose=0, callbacks=[history_cb])
print(history_cb.losses)
