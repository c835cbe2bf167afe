# source: https://github.com/tensorflow/tensorflow/issues/9816
# family: shape_mismatch
# raises: ValueError
# cause: 1:9, 1:10
# raise: 2:4
# culprit: acc_indices | acc_values | SparseAdd
# expect: The sparse accumulator keeps its indices/values in tf.Variables whose shapes are fixed by the first batch (3 non-zeros); after tf.sparse.add the sum has more non-zeros, so assigning it back fails on shape. Create the variables with shape=tf.TensorShape(None) (or [None, 2] / [None]) so they can grow.
# %%
import numpy as np
import tensorflow as tf

first = tf.sparse.SparseTensor(indices=[[0, 1], [2, 3], [4, 0]], values=[1, 1, 1], dense_shape=[6, 6])
batches = [
    tf.sparse.SparseTensor(indices=[[0, 1], [1, 1]], values=[2, 5], dense_shape=[6, 6]),
    tf.sparse.SparseTensor(indices=[[5, 5]], values=[7], dense_shape=[6, 6]),
]
acc_indices = tf.Variable(first.indices, name="acc_indices")
acc_values = tf.Variable(first.values, name="acc_values")
# %%
for batch in batches:
    current = tf.sparse.SparseTensor(acc_indices, acc_values, dense_shape=[6, 6])
    summed = tf.sparse.reorder(tf.sparse.add(current, batch))
    acc_indices.assign(summed.indices)
    acc_values.assign(summed.values)
print(tf.sparse.to_dense(tf.sparse.SparseTensor(acc_indices, acc_values, [6, 6])))
