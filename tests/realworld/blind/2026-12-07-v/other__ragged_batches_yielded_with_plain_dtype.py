# source: https://github.com/tensorflow/tensorflow/issues/35342
# family: other
# raises: InvalidArgumentError
# cause: 2:1
# raise: 2:2
# culprit: token_ds | token_batches
# expect: the generator yields tf.RaggedTensor batches, but from_generator was given only the plain dtype tf.int32, which describes a dense Tensor; the first element fails to match the expected TensorSpec. Pass output_signature=tf.RaggedTensorSpec(shape=(None, None), dtype=tf.int32) instead of the bare dtype.
# %%
import tensorflow as tf
sentences = [[3, 7, 1], [4], [9, 9], [2, 5, 8, 1]]
def token_batches():
    for start in range(0, len(sentences), 2):
        yield tf.ragged.constant(sentences[start:start + 2])
# %%
token_ds = tf.data.Dataset.from_generator(token_batches, tf.int32)
for batch in token_ds:
    print(batch.shape)
