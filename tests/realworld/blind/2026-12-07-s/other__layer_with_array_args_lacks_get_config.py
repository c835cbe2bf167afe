# source: https://github.com/tensorflow/tensorflow/issues/39793
# family: other
# raises: NotImplementedError
# cause: 2:1, 2:2
# raise: 4:2
# culprit: Standardize | get_config
# expect: Standardize takes NumPy arrays (means, stds) in __init__ but does not override get_config, so Keras cannot serialize the layer when the model is saved; implement get_config returning the constructor arguments as lists (and accept them back in __init__)
# %%
import os
import tempfile
import numpy as np
import keras

rng = np.random.default_rng(9)
table = rng.normal(5.0, 2.0, size=(200, 6)).astype("float32")
target = table[:, :1] * 0.3
# %%
class Standardize(keras.layers.Layer):
    def __init__(self, means, stds, **kwargs):
        super().__init__(**kwargs)
        self.means = np.asarray(means, dtype="float32")
        self.stds = np.asarray(stds, dtype="float32")

    def call(self, inputs):
        return (inputs - self.means) / self.stds
# %%
model = keras.Sequential([
    keras.Input((6,)),
    Standardize(table.mean(axis=0), table.std(axis=0)),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(1),
])
model.compile(optimizer="adam", loss="mse")
model.fit(table, target, epochs=1, verbose=0)
# %%
save_dir = tempfile.mkdtemp()
model.save(os.path.join(save_dir, "regressor.keras"))
