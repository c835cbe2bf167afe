# source: https://github.com/NZbryan/NLP_bert/issues/1
# family: other
# raises: ValueError
# cause: 2:1, 2:6
# raise: 2:6
# culprit: encoded | tf.ragged.constant
# expect: the tokenized sentences have different lengths, so tf.constant cannot build a rectangular tensor; pad them (keras.utils.pad_sequences / tokenizer padding) or use tf.ragged.constant.
# %%
import tensorflow as tf

vocab = {w: i + 1 for i, w in enumerate("the movie was great awful boring plot acting fine".split())}
reviews = ["the movie was great", "awful plot", "the acting was fine but the plot boring"]
# %%
encoded = [[vocab.get(w, 0) for w in r.split()] for r in reviews]
labels = tf.constant([1, 0, 0])
for ids in encoded:
    print(len(ids), ids)

input_ids = tf.constant(encoded)
