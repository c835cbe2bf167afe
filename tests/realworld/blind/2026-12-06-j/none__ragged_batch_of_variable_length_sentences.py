# source: https://github.com/tensorflow/tensorflow/issues/27129
# family: none
# raises: NONE
# cause: 3:1
# raise: NONE
# culprit: ragged_batch
# expect: Nothing is wrong: the sentences have different lengths, which would break a plain batch(), but ragged_batch collects them into a RaggedTensor and to_tensor() pads each batch. No error and no warning.
# %%
import tensorflow as tf
sentences = [[3, 8, 1], [5], [2, 2, 9, 4], [7, 1]]
# %%
ds = tf.data.Dataset.from_generator(lambda: iter(sentences),
                                    output_signature=tf.TensorSpec([None], tf.int32))
# %%
batched = ds.ragged_batch(2)
for rb in batched:
    dense = rb.to_tensor()
    print(rb.row_lengths().numpy(), dense.shape)
