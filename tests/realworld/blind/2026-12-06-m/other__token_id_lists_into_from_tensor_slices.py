# source: https://github.com/tensorflow/tensorflow/issues/44379
# family: other
# raises: ValueError
# cause: 1:14, 2:1
# raise: 2:1
# culprit: encoded_reviews | from_tensor_slices
# expect: encode() produces one Python list of token ids per review and the reviews have different lengths, so from_tensor_slices cannot turn the nested list into a rectangular tensor ("Can't convert non-rectangular Python sequence to Tensor"). Pad the sequences to a common length first, or pass tf.ragged.constant(encoded_reviews).
# %%
import numpy as np
import tensorflow as tf

reviews = ["great battery and screen", "terrible", "works as expected after the update",
           "would not buy again", "fine"]
sentiment = [1, 0, 1, 0, 1]
vocab = {}
for text in reviews:
    for word in text.split():
        vocab.setdefault(word, len(vocab) + 1)

def encode(text):
    return [vocab[w] for w in text.split()]
encoded_reviews = [encode(t) for t in reviews]
print([len(r) for r in encoded_reviews])
# %%
review_ds = tf.data.Dataset.from_tensor_slices((encoded_reviews, sentiment))
review_ds = review_ds.shuffle(5).batch(2)
