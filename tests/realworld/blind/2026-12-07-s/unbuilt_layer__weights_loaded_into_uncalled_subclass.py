# source: https://github.com/albrateanu/LYT-Net/issues/9
# family: unbuilt_layer
# raises: ValueError
# cause: 4:1
# raise: 4:2
# culprit: enhancer | LYTNet
# expect: LYTNet is a subclassed model whose layers only create their weights on the first call; the fresh instance enhancer has never been called, so it has no variables to receive the saved weights; call it once on a dummy batch (enhancer(np.zeros((1, 32, 32, 3)))) or enhancer.build((None, 32, 32, 3)) before load_weights
# %%
import os
import tempfile
import numpy as np
import keras
from keras import layers

weights_dir = tempfile.mkdtemp()
rng = np.random.default_rng(26)
# %%
class LYTNet(keras.Model):
    def __init__(self, filters=8, **kwargs):
        super().__init__(**kwargs)
        self.stem = layers.Conv2D(filters, 3, padding="same", activation="relu")
        self.denoise = layers.Conv2D(filters, 3, padding="same", activation="relu")
        self.head = layers.Conv2D(3, 1, activation="sigmoid")

    def call(self, x):
        return self.head(self.denoise(self.stem(x)))
# %%
trained = LYTNet()
trained.compile(optimizer="adam", loss="mae")
trained.fit(rng.random((8, 32, 32, 3)), rng.random((8, 32, 32, 3)), epochs=1, verbose=0)
weights_file = os.path.join(weights_dir, "LOLv1.weights.h5")
trained.save_weights(weights_file)
# %%
enhancer = LYTNet()
enhancer.load_weights(weights_file)
restored = enhancer.predict(rng.random((1, 32, 32, 3)), verbose=0)
