# source: https://github.com/tensorflow/recommenders/issues/253
# family: unbuilt_layer
# raises: ValueError
# cause: 3:1
# raise: 3:2
# culprit: ranker | count_params
# expect: ranker is a subclassed model that has not been called or built yet, so its layers have no weights and count_params refuses; call ranker on a batch of (user, item) ids, or fit it, before counting parameters
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
class Ranker(keras.Model):
    def __init__(self, n_users, n_items, dim=16):
        super().__init__()
        self.user_emb = keras.layers.Embedding(n_users, dim)
        self.item_emb = keras.layers.Embedding(n_items, dim)
        self.score = keras.layers.Dense(1)
    def call(self, ids):
        u = self.user_emb(ids[:, 0])
        i = self.item_emb(ids[:, 1])
        return self.score(tf.concat([u, i], axis=-1))
# %%
ranker = Ranker(100, 50)
print("parameters:", ranker.count_params())
