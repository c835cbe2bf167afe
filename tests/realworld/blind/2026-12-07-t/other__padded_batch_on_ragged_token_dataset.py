# source: https://github.com/tensorflow/tensorflow/issues/36686
# family: other
# raises: TypeError
# cause: 3:1, 2:2
# raise: 3:1
# culprit: token_ds | padded_batch
# expect: from_tensor_slices over a RaggedTensor yields ragged elements (RaggedTensorSpec), and padded_batch only accepts datasets of dense tensor elements; batch with token_ds.ragged_batch(2) and pad with .map(lambda r: r.to_tensor()), or build the dataset from dense per-sentence tensors (from_generator) before padded_batch
# %%
import numpy as np
import tensorflow as tf
# %%
sentences = [[4, 12, 7], [9], [3, 3, 8, 15], [6, 2]]
token_ds = tf.data.Dataset.from_tensor_slices(tf.ragged.constant(sentences))
# %%
padded = token_ds.padded_batch(2, padded_shapes=[None])
for batch in padded:
    print(batch.numpy())
