# source: https://github.com/keras-team/keras-io/issues/162
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: padded_batch is called without padded_shapes on variable-length boxes/labels, which looks like it needs explicit shapes, but since TF 2.2 padded_shapes defaults to padding every component to the batch maximum; it runs cleanly.
# %%
import numpy as np
import tensorflow as tf
rng = np.random.default_rng(40)
def sample_gen():
    for n in [2, 5, 3, 1]:
        yield rng.random((n, 4)).astype("float32"), rng.integers(0, 5, size=n).astype("int32")
train_dataset = tf.data.Dataset.from_generator(
    sample_gen, output_signature=(tf.TensorSpec((None, 4), tf.float32), tf.TensorSpec((None,), tf.int32)))
# %%
batch_size = 2
train_dataset = train_dataset.padded_batch(batch_size, padding_values=(1e-8, -1), drop_remainder=True)
for boxes, cls_ids in train_dataset:
    print(boxes.shape, cls_ids.shape)
