# source: https://github.com/keras-team/keras/issues/19148
# family: other
# raises: AttributeError
# cause: 2:11, 1:3
# raise: 3:3
# culprit: set_value | backend
# expect: The one-cycle callback was written for Keras 2 and sets the rate with keras.backend.set_value, which Keras 3 no longer has. Assign the optimizer variable directly: self.model.optimizer.learning_rate.assign(new_lr).
# %%
import numpy as np
import keras
from keras import backend as K
rng = np.random.default_rng(26)
x = rng.normal(size=(64, 8)).astype("float32")
y = rng.normal(size=(64, 1)).astype("float32")
# %%
class OneCycle(keras.callbacks.Callback):
    def __init__(self, max_lr, total_steps):
        super().__init__()
        self.max_lr, self.total_steps, self.step = max_lr, total_steps, 0
    def _lr_at(self, step):
        half = self.total_steps / 2
        frac = step / half if step < half else (self.total_steps - step) / half
        return self.max_lr * max(frac, 0.05)
    def on_train_batch_begin(self, batch, logs=None):
        new_lr = self._lr_at(self.step)
        K.set_value(self.model.optimizer.learning_rate, new_lr)
        self.step += 1
# %%
model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(1)])
model.compile(keras.optimizers.SGD(0.01), "mse")
model.fit(x, y, epochs=1, batch_size=16, callbacks=[OneCycle(0.1, 4)], verbose=0)
