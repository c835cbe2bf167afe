# source: https://github.com/tensorflow/recommenders/issues/315
# family: other
# raises: InvalidArgumentError
# cause: 3:2
# raise: 3:2
# culprit: user_ids_vocabulary | adapt | training_dataset
# expect: training_dataset yields (movie_title, user_id) tuples; StringLookup.adapt() is given the whole tuple dataset, so it tries to stack the string titles with the int64 ids ("cannot compute Pack as input #1 was expected to be a string tensor but is a int64 tensor"). Adapt on one component only, e.g. training_dataset.map(lambda title, uid: title).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(315)
titles = np.array(["Heat", "Alien", "Fargo", "Speed", "Big"])[rng.integers(0, 5, 50)]
user_ids = rng.integers(1, 20, size=50).astype("int64")
# %%
training_dataset = tf.data.Dataset.from_tensor_slices(
    (tf.cast(titles, tf.string), tf.cast(user_ids, tf.int64)))
print(training_dataset.element_spec)
# %%
user_ids_vocabulary = keras.layers.StringLookup(mask_token=None)
user_ids_vocabulary.adapt(training_dataset)
print(user_ids_vocabulary.vocabulary_size())
