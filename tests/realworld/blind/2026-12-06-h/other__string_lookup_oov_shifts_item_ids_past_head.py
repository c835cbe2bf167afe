# source: https://github.com/biarne-a/hm-two-step-reco/issues/3
# family: other
# raises: InvalidArgumentError
# cause: 3:5
# raise: 4:1
# culprit: item_lookup | len(article_ids)
# expect: StringLookup reserves index 0 for out-of-vocabulary items, so the 6 known articles map to 1..6 and the lookup has vocabulary_size() == 7, but the softmax head is Dense(len(article_ids)) with only 6 units; the article mapped to 6 is "outside the valid range of [0, 6)". Size the head with item_lookup.vocabulary_size() (or use num_oov_indices=0 if every label is known).
# %%
import numpy as np
import tensorflow as tf
import keras

article_ids = ["a100", "a205", "a317", "a422", "a538", "a649"]
rng = np.random.default_rng(70)
customers = rng.random((120, 10)).astype("float32")
next_purchase = rng.choice(article_ids, size=120)
# %%
item_lookup = keras.layers.StringLookup(vocabulary=article_ids)
purchase_ids = item_lookup(next_purchase)
print(item_lookup.vocabulary_size(), int(tf.reduce_max(purchase_ids)))
# %%
query_tower = keras.Sequential([
    keras.Input((10,)),
    keras.layers.Dense(32, activation="relu"),
    keras.layers.Dense(16, activation="relu"),
    keras.layers.Dense(len(article_ids)),
])
query_tower.compile(optimizer="adam", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
# %%
query_tower.fit(customers, purchase_ids, batch_size=24, epochs=1, verbose=0)
