# source: https://github.com/tensorflow/tensorflow/issues/59356
# family: other
# raises: InvalidArgumentError
# cause: 2:1
# raise: 3:1
# culprit: ratings_sp | indices | tf.sparse.reorder
# expect: The SparseTensor is built from (user, item) pairs in dict insertion order, which is not row-major; sparse ops like to_dense require lexicographically ordered indices. Call tf.sparse.reorder(ratings_sp) (or sort the pairs) before densifying.
# %%
import tensorflow as tf
ratings = {(2, 1): 4.0, (0, 3): 5.0, (1, 0): 3.0, (0, 1): 1.0}
# %%
ratings_sp = tf.SparseTensor(indices=list(ratings.keys()), values=list(ratings.values()), dense_shape=[3, 4])
# %%
dense_ratings = tf.sparse.to_dense(ratings_sp)
print(dense_ratings)
