# source: https://github.com/tensorflow/tensorflow/issues/41298
# family: other
# raises: InvalidArgumentError
# cause: 2:4
# raise: 3:1
# culprit: batch | padded_batch
# expect: the token sequences have different lengths, so Dataset.batch cannot stack them; use padded_batch (or pad/truncate in the map function).
# %%
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(5)
lengths = [3, 5, 4, 3, 6, 2]
sentences = [rng.integers(1, 50, size=n).tolist() for n in lengths]
# %%
ds = tf.data.Dataset.from_generator(lambda: iter(sentences),
                                    output_signature=tf.TensorSpec([None], tf.int32))
ds = ds.map(lambda s: (s, tf.size(s)))
ds = ds.batch(3)
# %%
first_batch = next(iter(ds))
