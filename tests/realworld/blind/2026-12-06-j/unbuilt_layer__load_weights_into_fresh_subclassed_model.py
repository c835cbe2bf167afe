# source: https://github.com/YotamNitzan/ID-disentanglement/issues/7
# family: unbuilt_layer
# raises: ValueError
# cause: 3:3, 3:1
# raise: 3:3
# culprit: mapping | build
# expect: mapping is a subclassed keras.Model whose Dense blocks create their weights on the first call; it has never been called or built, so load_weights has no variables to load into. Call it once on a dummy batch (or mapping.build((None, LATENT))) before load_weights.
# %%
import numpy as np
import keras
LATENT = 8
class MappingNet(keras.Model):
    def __init__(self, depth=3, width=16, **kwargs):
        super().__init__(**kwargs)
        self.blocks = [keras.layers.Dense(width, activation="relu") for _ in range(depth)]
        self.to_style = keras.layers.Dense(LATENT)
    def call(self, z):
        for block in self.blocks:
            z = block(z)
        return self.to_style(z)
# %%
pretrained = MappingNet()
pretrained(np.zeros((1, LATENT), "float32"))
pretrained.save_weights("/tmp/mapping_pretrained.weights.h5")
# %%
mapping = MappingNet()
print("model created")
mapping.load_weights("/tmp/mapping_pretrained.weights.h5")
