# source: https://github.com/keras-team/keras/issues/18823
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1, 2:10
# raise: 3:4
# culprit: skip_blocks | blocks
# expect: The serving config still has skip_blocks=1 from the warm-up experiment, so ResidualTower.call skips its first Dense block; that block is never built and has no variables, while the weights file written by the fully-used tower lists variables for it, so load_weights fails (a layer "expected 2 variables, but received 0"). Build every block (skip_blocks=0) before loading, or give the skipped layers a build path.
# %%
import numpy as np
import keras

rng = np.random.default_rng(25)
sensor_rows = rng.random((32, 6)).astype("float32")
targets = rng.random((32, 1)).astype("float32")
WEIGHTS_PATH = "/tmp/b16_tower.weights.h5"
# %%
class ResidualTower(keras.Model):
    def __init__(self, depth=3, skip_blocks=0, **kwargs):
        super().__init__(**kwargs)
        self.skip_blocks = skip_blocks
        self.blocks = [keras.layers.Dense(8, activation="relu") for _ in range(depth)]
        self.head = keras.layers.Dense(1)

    def call(self, x):
        for i, block in enumerate(self.blocks):
            if i < self.skip_blocks:
                continue
            x = block(x)
        return self.head(x)

trained = ResidualTower(depth=3, skip_blocks=0)
trained.compile("adam", "mse")
trained.fit(sensor_rows, targets, epochs=1, verbose=0)
trained.save_weights(WEIGHTS_PATH)
# %%
SERVE_CFG = {"depth": 3, "skip_blocks": 1}
server = ResidualTower(**SERVE_CFG)
server(sensor_rows[:1])
server.load_weights(WEIGHTS_PATH)
