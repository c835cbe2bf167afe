# source: https://github.com/tensorflow/tensorflow/issues/50979
# family: unbuilt_layer
# raises: RuntimeError
# cause: 2:1
# raise: 3:2
# culprit: city_lookup | StringLookup
# expect: city_lookup is a StringLookup created without a vocabulary and never adapted (only days_norm was adapted), so with output_mode="one_hot" it has no vocabulary size and refuses to be called. Call city_lookup.adapt(cities) (or pass vocabulary=...) before using it.
# %%
import numpy as np
import tensorflow as tf
import keras
cities = np.array(["oslo", "lima", "quito", "oslo", "accra", "lima", "hanoi", "quito"])
trip_days = np.array([3, 5, 2, 4, 7, 1, 6, 2], dtype="float32")
# %%
city_lookup = keras.layers.StringLookup(output_mode="one_hot")
days_norm = keras.layers.Normalization(axis=None)
days_norm.adapt(trip_days)
# %%
def encode_trip(city, days):
    return tf.concat([city_lookup(city), tf.reshape(days_norm(days), (-1, 1))], axis=-1)

trip_features = encode_trip(tf.constant(cities), tf.constant(trip_days))
print(trip_features.shape)
