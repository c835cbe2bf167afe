# source: https://github.com/tensorflow/tensorflow/issues/19762
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: none
# expect: no finding: each element is a dense variable-length sequence plus a scalar label, and padded_batch pads the sequence component and leaves the scalar as is, which is valid
# %%
import numpy as np
import tensorflow as tf
# %%
def read_clips():
    for n in [5, 3, 8, 2, 6, 4]:
        yield np.random.rand(n, 13).astype("float32"), np.int32(n % 3)
clips = tf.data.Dataset.from_generator(
    read_clips,
    output_signature=(tf.TensorSpec([None, 13], tf.float32), tf.TensorSpec([], tf.int32)))
# %%
batched = clips.padded_batch(3, padded_shapes=([None, 13], []), padding_values=(0.0, 0))
for feats, labels in batched:
    print(feats.shape, labels.numpy())
