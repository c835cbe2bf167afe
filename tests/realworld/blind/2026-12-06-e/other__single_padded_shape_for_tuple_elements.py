# source: https://github.com/tensorflow/tensorflow/issues/18301
# family: other
# raises: TypeError
# cause: 3:1
# raise: 3:1
# culprit: padded_shapes | parse_review
# expect: parse_review returns a 3-tuple (token ids, length, label) but padded_batch is given a single shape [None], which does not match the element structure ("If shallow structure is a sequence, input must also be a sequence"). Pass one shape per component: padded_shapes=([None], [], []).
# %%
import numpy as np
import tensorflow as tf
reviews = ["great plot and acting", "boring", "not bad at all really", "awful"]
stars = [1, 0, 1, 0]
vocab = {w: i + 1 for i, w in enumerate(sorted({w for r in reviews for w in r.split()}))}
# %%
ids = tf.ragged.constant([[vocab[w] for w in r.split()] for r in reviews], dtype=tf.int64)
def parse_review(tokens, label):
    return tokens, tf.size(tokens), label
review_ds = tf.data.Dataset.from_tensor_slices((ids, tf.constant(stars))).map(parse_review)
print(review_ds.element_spec)
# %%
batched = review_ds.padded_batch(2, padded_shapes=[None])
