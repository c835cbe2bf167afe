# source: https://github.com/keras-team/keras-io/issues/1132
# family: other
# raises: ValueError
# cause: 2:3
# raise: 3:2
# culprit: tf.constant | token_lists
# expect: The tokenized sentences have different lengths, and tf.constant cannot build a dense tensor from a non-rectangular list ("Can't convert non-rectangular Python sequence to Tensor"). Use tf.ragged.constant, or pad the sequences (keras.utils.pad_sequences) before converting.
# %%
import numpy as np
import tensorflow as tf

corpus = ["the cat sat", "a dog barked at the mailman", "birds sing", "it rained all day long today"]
word_index = {w: i + 1 for i, w in enumerate(sorted({w for s in corpus for w in s.split()}))}
# %%
def to_id_tensor(sentences):
    token_lists = [[word_index[w] for w in s.split()] for s in sentences]
    return tf.constant(token_lists, dtype=tf.int32)
# %%
lengths = [len(s.split()) for s in corpus]
ids = to_id_tensor(corpus)
