# source: https://github.com/tensorflow/tensorflow/issues/54658
# family: other
# raises: InvalidArgumentError
# cause: 1:10, 2:3
# raise: 3:2
# culprit: VOCAB_SIZE | Embedding
# expect: StringLookup reserves index 0 for out-of-vocabulary tokens, so it emits ids 0..len(vocab) (len(vocab) + 1 values), but the Embedding was sized with VOCAB_SIZE = len(vocab); the last vocabulary word maps to an id equal to the table size. Size the embedding with lookup.vocabulary_size().
# %%
import numpy as np
import tensorflow as tf
import keras

corpus = ["the cat sat", "the dog ran", "a cat ran fast", "the bird sang"]
vocab = sorted({w for line in corpus for w in line.split()})
lookup = keras.layers.StringLookup(vocabulary=vocab)
print(vocab)

VOCAB_SIZE = len(vocab)
EMBED_DIM = 8
# %%
tokens_in = keras.Input(shape=(None,), dtype="string")
ids = lookup(tokens_in)
emb = keras.layers.Embedding(VOCAB_SIZE, EMBED_DIM, name="token_embedding")(ids)
pooled = keras.layers.GlobalAveragePooling1D()(emb)
encoder = keras.Model(tokens_in, keras.layers.Dense(2)(pooled))
# %%
batch = tf.constant([["a", "cat", "sat"], ["the", "bird", "sang"]])
print(encoder(batch))
