# source: https://github.com/tensorflow/tensorflow/issues/22963
# family: unbuilt_layer
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: count_params | CharRNNClassifier
# expect: The subclassed model has never been called or built, so its layers have no weights yet and count_params() raises "the layer isn't built". Call the model on a batch (or model.build((None, 20))) before counting parameters.
# %%
import numpy as np
import keras

config = {"vocab": 64, "embed": 24, "units": 32, "classes": 5}
rng = np.random.default_rng(2)
char_ids = rng.integers(0, config["vocab"], size=(40, 20))
labels = rng.integers(0, config["classes"], size=40)
# %%
class CharRNNClassifier(keras.Model):
    def __init__(self, cfg):
        super().__init__()
        self.embed = keras.layers.Embedding(cfg["vocab"], cfg["embed"])
        self.rnn = keras.layers.GRU(cfg["units"])
        self.out = keras.layers.Dense(cfg["classes"])

    def call(self, ids):
        return self.out(self.rnn(self.embed(ids)))
# %%
clf = CharRNNClassifier(config)
print("parameters:", clf.count_params())
clf.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
