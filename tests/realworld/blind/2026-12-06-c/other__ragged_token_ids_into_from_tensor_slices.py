# source: https://github.com/stijani/tutorial/issues/3
# family: other
# raises: ValueError
# cause: 1:11, 2:1
# raise: 2:1
# culprit: token_ids | from_tensor_slices
# expect: Each review becomes a token-id list of its own length, and Dataset.from_tensor_slices cannot turn a non-rectangular Python list into a tensor ("Can't convert non-rectangular Python sequence"); pad the sequences to one length (keras.utils.pad_sequences) or build a tf.ragged.constant first.
# %%
import numpy as np
import tensorflow as tf

reviews = ["great plot and great cast", "boring", "the ending was far too long",
           "loved it", "not worth the ticket price at all"]
sentiment = [1, 0, 0, 1, 0]
vocab = {}
for text in reviews:
    for word in text.split():
        vocab.setdefault(word, len(vocab) + 1)
token_ids = [[vocab[w] for w in text.split()] for text in reviews]
print([len(t) for t in token_ids])
# %%
review_ds = tf.data.Dataset.from_tensor_slices((token_ids, sentiment))
review_ds = review_ds.shuffle(5, seed=1).batch(2)
