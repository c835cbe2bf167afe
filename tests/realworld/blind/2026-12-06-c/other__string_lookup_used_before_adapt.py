# source: https://github.com/tensorflow/tensorflow/issues/57694
# family: other
# raises: FailedPreconditionError
# cause: 3:2
# raise: 3:2
# culprit: StringLookup | adapt
# expect: The StringLookup layer is created inline without a vocabulary and never adapted on the training cities, so its lookup table is empty and uninitialized ("Table not initialized"); create it once, call .adapt(train_cities) (or pass vocabulary=...) and then use it.
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.RandomState(53)
train_cities = rng.choice(["oslo", "lima", "pune", "kyiv", "rome"], size=60)
trip_days = rng.randint(1, 15, size=60).astype("float32")
# %%
city_embed = keras.layers.Embedding(input_dim=8, output_dim=3)
print("distinct cities:", len(set(train_cities)))
# %%
batch_cities = tf.constant(train_cities[:10])
city_ids = keras.layers.StringLookup(num_oov_indices=1, output_mode="int")(batch_cities)
vectors = city_embed(city_ids)
print(vectors.shape)
