# source: https://github.com/tensorflow/tensorflow/issues/14704
# family: other
# raises: TypeError
# cause: 2:1
# raise: 2:1
# culprit: padded_shapes
# expect: Each element is a dict {"tokens", "tags"}, but padded_shapes is given as a flat list, so its structure does not match the dataset's element structure. Pass padded_shapes={"tokens": [None], "tags": [None]} (or omit it).
# %%
import tensorflow as tf
def make_example(n):
    n32 = tf.cast(n, tf.int32)
    return {"tokens": tf.fill([n32], n), "tags": tf.fill([n32], n % 3)}
ds = tf.data.Dataset.range(1, 9).map(make_example)
# %%
batched = ds.padded_batch(4, padded_shapes=[None])
for b in batched.take(1):
    print(b["tokens"].shape)
