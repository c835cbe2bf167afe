# source: https://github.com/tensorflow/tensorflow/issues/30557
# family: other
# raises: DataLossError
# cause: 2:6, 1:4
# raise: 3:1
# culprit: MAX_TOKENS | padded_batch
# expect: padded_batch pads to padded_shapes=[MAX_TOKENS] = 8, but some reviews have up to 15 tokens and padded_batch cannot pad to a smaller size than the element; truncate first (map(lambda t, y: (t[:MAX_TOKENS], y))) or pad to [None].
# %%
import numpy as np
import tensorflow as tf

MAX_TOKENS = 8
rng = np.random.default_rng(13)
reviews = [rng.integers(1, 500, size=int(n)).tolist() for n in rng.integers(3, 16, size=40)]
sentiment = rng.integers(0, 2, size=40)
# %%
def review_gen():
    for tokens, label in zip(reviews, sentiment):
        yield tokens, label

train_data = tf.data.Dataset.from_generator(review_gen, output_signature=(tf.TensorSpec([None], tf.int64), tf.TensorSpec([], tf.int64)))
train_data = train_data.shuffle(40, seed=1).padded_batch(10, padded_shapes=([MAX_TOKENS], []))
# %%
sample_text, sample_labels = next(iter(train_data))
print(sample_text.shape, sample_labels.shape)
