# source: https://github.com/keras-team/keras/pull/20088
# family: other
# raises: ValueError
# cause: 2:3, 2:7
# raise: 2:7
# culprit: adapt | vocabulary | TextVectorization
# expect: The TextVectorization layer is given a static vocabulary at construction and then adapt() is called on the review dataset; a layer with a vocabulary set via the vocabulary argument cannot be adapted. Either drop the vocabulary argument and adapt, or keep the fixed vocabulary and skip adapt().
# %%
import numpy as np
import tensorflow as tf
import keras

reviews = tf.constant(["great phone", "battery died fast", "great battery", "screen cracked", "fast shipping"])
stars = np.array([5, 1, 4, 2, 5])
base_vocab = ["great", "battery", "fast", "phone", "screen"]
# %%
review_ds = tf.data.Dataset.from_tensor_slices(reviews).batch(2)
vectorizer = keras.layers.TextVectorization(
    vocabulary=base_vocab,
    output_mode="int",
    output_sequence_length=4,
)
vectorizer.adapt(review_ds)
print(vectorizer(reviews[:2]))
