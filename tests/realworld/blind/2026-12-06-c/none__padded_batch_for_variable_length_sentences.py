# source: https://github.com/Lapis-Hong/wide_deep/issues/3
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The variable-length id lists are stored as a ragged structure and batched with padded_batch (padded_shapes ([None], [])), so batching sequences of different lengths works; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(59)
sentences = [rng.randint(1, 30, size=rng.randint(2, 9)).astype("int32") for _ in range(10)]
intent = rng.randint(0, 3, size=10).astype("int32")
# %%
def gen():
    for ids, label in zip(sentences, intent):
        yield ids, label

intent_ds = tf.data.Dataset.from_generator(gen, output_signature=(
    tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.int32)))
intent_ds = intent_ds.padded_batch(4, padded_shapes=([None], []), padding_values=(0, 0))
# %%
for ids, labels in intent_ds:
    print(ids.shape, labels.numpy())
