# source: https://github.com/tensorflow/tensorflow/issues/47139
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Appending tensors to a Python list inside a tf.function looks like the side effect that leaks graph tensors, but here the loop runs over a Python range of the static query count, the list lives only inside the traced call and is stacked before returning; the result is an ordinary eager tensor. Nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
anchors = tf.constant(np.random.default_rng(1).normal(size=(3, 4)), tf.float32)
queries = tf.constant(np.random.default_rng(2).normal(size=(2, 4)), tf.float32)
# %%
@tf.function
def pairwise_scores(a, q):
    rows = []
    for i in range(q.shape[0]):
        rows.append(tf.reduce_sum(a * q[i], axis=1))
    return tf.stack(rows)
# %%
scores = pairwise_scores(anchors, queries)
print(scores.numpy().shape)
