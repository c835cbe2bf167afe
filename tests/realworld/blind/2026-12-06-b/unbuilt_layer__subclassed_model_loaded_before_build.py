# source: https://github.com/DeepTrackAI/DeepTrack2/issues/195
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: SpotLocator | build
# expect: SpotLocator is a subclassed model whose layers create their weights on the first call; the freshly constructed instance in cell 3 has no variables yet, so load_weights refuses. Call the model on a dummy batch (or model.build(input_shape)) before load_weights.
# %%
import numpy as np
import keras

class SpotLocator(keras.Model):
    def __init__(self, channels=1):
        super().__init__()
        self.c1 = keras.layers.Conv2D(8, 3, padding="same", activation="relu")
        self.c2 = keras.layers.Conv2D(channels + 2, 1)

    def call(self, frames):
        return self.c2(self.c1(frames))
# %%
locator = SpotLocator()
locator.compile(optimizer="adam", loss="mae")
frames = np.random.rand(8, 16, 16, 1).astype("float32")
locator.fit(frames, np.random.rand(8, 16, 16, 3).astype("float32"), epochs=1, verbose=0)
locator.save_weights("/tmp/b2_lodestar_epoch_01.weights.h5")
# %%
inference_model = SpotLocator()
inference_model.load_weights("/tmp/b2_lodestar_epoch_01.weights.h5")
