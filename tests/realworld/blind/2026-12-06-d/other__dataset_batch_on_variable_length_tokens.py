# source: https://github.com/tensorflow/tensorflow/issues/56293
# family: other
# raises: InvalidArgumentError
# cause: 2:3
# raise: 3:2
# culprit: batch | padded_batch
# expect: Each review is tokenized to a different length, and .batch(8) cannot stack tensors of different shapes ("Cannot batch tensors with different shapes in component 0"). Use .padded_batch(8, padded_shapes=([None], [])) (or pad/truncate in the map function).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(17)
reviews = [" ".join(f"w{rng.integers(0, 40)}" for _ in range(rng.integers(3, 15))) for _ in range(48)]
stars = rng.integers(0, 2, size=48)
vocab = {f"w{i}": i + 1 for i in range(40)}

def encode(text, label):
    ids = [vocab[w] for w in text.decode().split()]
    return np.array(ids, dtype=np.int32), np.int32(label)
# %%
ds = tf.data.Dataset.from_tensor_slices((reviews, stars))
ds = ds.map(lambda t, y: tf.numpy_function(encode, [t, y], [tf.int32, tf.int32]))
ds = ds.shuffle(48, seed=0).batch(8)
# %%
lengths = []
for token_batch, label_batch in ds:
    lengths.append(token_batch.shape[1])
