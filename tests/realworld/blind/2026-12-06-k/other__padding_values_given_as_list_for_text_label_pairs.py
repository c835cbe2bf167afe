# source: https://github.com/tensorflow/tensorflow/issues/35900
# family: other
# raises: ValueError
# cause: 1:7
# raise: 3:2
# culprit: padding_values | PADDING | padded_batch
# expect: The elements are (token_ids, label) tuples, so padding_values must be a tuple with one scalar per component; PADDING = [PAD_ID, -1] is a Python list, which tf.data treats as one tensor of shape (2,) and rejects ("`padding_values` values should be scalars, but got (2,)"). Use a tuple, padding_values=(PAD_ID, -1), mirroring padded_shapes.
# %%
import numpy as np
import tensorflow as tf

PAD_ID = 0
BATCH_SIZE = 4
PADDED_SHAPES = ([None], [])
PADDING = [PAD_ID, -1]
rng = np.random.default_rng(23)
reviews = [rng.integers(1, 500, size=int(n)).astype("int32") for n in rng.integers(3, 12, size=16)]
stars = rng.integers(0, 2, size=16).astype("int32")
# %%
def review_stream():
    for toks, y in zip(reviews, stars):
        yield toks, y

train_data = tf.data.Dataset.from_generator(
    review_stream,
    output_signature=(tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.int32)))
train_batches = train_data.shuffle(16, seed=1).padded_batch(BATCH_SIZE, padded_shapes=PADDED_SHAPES)
# %%
test_data = train_data.take(8)
test_batches = test_data.padded_batch(BATCH_SIZE, padded_shapes=PADDED_SHAPES,
                                      padding_values=PADDING)
for toks, y in test_batches.take(1):
    print(toks.shape, y.numpy())
