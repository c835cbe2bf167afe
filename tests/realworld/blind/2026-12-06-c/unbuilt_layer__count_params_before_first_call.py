# source: https://github.com/tensorflow/tensorflow/issues/36368
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1, 3:1
# raise: 3:1
# culprit: count_params | TabularNet
# expect: TabularNet is a subclassed model with no input shape, so its Dense layers have no weights until it is called (or built) once; count_params() on it raises "the layer isn't built". Call tab_net.build((None, 7)) or run a batch through it first.
# %%
import numpy as np
import keras

class TabularNet(keras.Model):
    def __init__(self, widths=(32, 16), n_out=1):
        super().__init__()
        self.blocks = [keras.layers.Dense(w, activation="relu") for w in widths]
        self.head = keras.layers.Dense(n_out)

    def call(self, x):
        for block in self.blocks:
            x = block(x)
        return self.head(x)
# %%
tab_net = TabularNet(widths=(64, 32))
tab_net.compile(optimizer="adam", loss="mse")
rows = np.random.RandomState(3).rand(20, 7).astype("float32")
# %%
print("trainable parameters:", tab_net.count_params())
tab_net.fit(rows, rows[:, :1], epochs=1, verbose=0)
