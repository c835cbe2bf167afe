# source: https://github.com/tensorflow/tensorflow/issues/36198
# family: unbuilt_layer
# raises: NONE
# cause: 2:11, 2:5
# raise: NONE
# culprit: merge | Concatenate | self.merge
# expect: DenoiseNet creates a Concatenate layer (self.merge) for the skip connection, but call() never uses it: the skip path is silently dropped, the layer is never built and has no inputs, and summary() lists it as unbuilt. Warn that a layer attached to the model was never called/built; use it in call (e.g. self.merge([h, inputs])) or remove it.
# %%
import numpy as np
import keras
from keras import layers

rng = np.random.default_rng(12)
noisy = rng.normal(size=(64, 16)).astype("float32")
clean = noisy * 0.5
# %%
class DenoiseNet(keras.Model):
    def __init__(self, width=32, **kwargs):
        super().__init__(**kwargs)
        self.encode = layers.Dense(width, activation="relu", name="encode")
        self.merge = layers.Concatenate(axis=-1, name="merge")
        self.decode = layers.Dense(16, name="decode")

    def call(self, inputs):
        h = self.encode(inputs)
        # skip connection: concatenate the raw input with the encoding
        return self.decode(h)

net = DenoiseNet()
net.compile(optimizer="adam", loss="mse")
# %%
net.fit(noisy, clean, epochs=2, batch_size=16, verbose=0)
net.summary()
