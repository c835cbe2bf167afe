# source: https://github.com/tensorflow/tensorflow/issues/58365
# family: other
# raises: UnimplementedError
# cause: 2:2
# raise: 3:1
# culprit: city_lookup | Input
# expect: The Sequential model starts with keras.Input(shape=(1,)) whose default dtype is float32, but the feature is a string city name for the StringLookup layer; declare the input as dtype="string" (keras.Input(shape=(1,), dtype="string")).
# %%
import numpy as np
import keras
cities = np.array([["Paris"], ["Singapore"], ["Auckland"], ["Paris"]])
city_lookup = keras.layers.StringLookup()
city_lookup.adapt(cities)
# %%
lookup_and_embed = keras.Sequential([
    keras.Input(shape=(1,)),
    city_lookup,
    keras.layers.Embedding(input_dim=city_lookup.vocabulary_size(), output_dim=2),
])
# %%
lookup_and_embed(cities)
