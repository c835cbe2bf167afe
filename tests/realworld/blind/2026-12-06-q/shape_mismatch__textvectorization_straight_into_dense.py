# source: https://github.com/ageron/handson-ml2/issues/300
# family: shape_mismatch
# raises: ValueError
# cause: 2:1
# raise: 3:3
# culprit: vectorizer | output_sequence_length | text_vectorization
# expect: TextVectorization in int mode without output_sequence_length emits (None, None) token ids, so the Dense layer on top cannot size its kernel ("Shapes used to initialize variables must be fully-defined ... (None, 16)"). Give the vectorizer an output_sequence_length, or put an Embedding plus pooling (or a multi_hot/tf_idf output_mode) before the Dense layer.
# %%
import numpy as np
import tensorflow as tf
import keras
reviews = np.array(["loved the plot", "boring and slow", "great cast great music", "not worth it"])
sentiment = np.array([1, 0, 1, 0])
# %%
vectorizer = keras.layers.TextVectorization(max_tokens=50, output_mode="int")
vectorizer.adapt(reviews)
# %%
text_in = keras.Input(shape=(1,), dtype="string")
token_ids = vectorizer(text_in)
hidden = keras.layers.Dense(16, activation="relu")(token_ids)
output = keras.layers.Dense(1, activation="sigmoid")(hidden)
