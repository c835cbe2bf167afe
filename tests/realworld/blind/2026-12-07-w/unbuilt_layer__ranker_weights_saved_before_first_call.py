# source: https://github.com/keras-team/keras/pull/20530
# family: unbuilt_layer
# raises: ValueError
# cause: 2:1
# raise: 2:2
# culprit: ranker
# expect: ranker is a subclassed model whose Dense layers only create their weights on the first call; nothing has called it (or built it) yet, so save_weights has no variables to write and refuses. Call ranker on a batch (or ranker.build((None, 24))) before saving.
# %%
import numpy as np
import tensorflow as tf
import keras

class PairRanker(keras.Model):
    def __init__(self, hidden=32):
        super().__init__()
        self.hidden = keras.layers.Dense(hidden, activation="relu")
        self.score = keras.layers.Dense(1)

    def call(self, pair_feats):
        return self.score(self.hidden(pair_feats))
# %%
ranker = PairRanker()
ranker.save_weights("/tmp/pair_ranker_init.weights.h5")
