# source: https://github.com/tensorflow/tensorflow/issues/22438
# family: other
# raises: InvalidArgumentError
# cause: 1:8, 2:2
# raise: 2:2
# culprit: ratings_sp | reorder
# expect: The SparseTensor indices come from a dict in insertion order, not row-major order, and tf.sparse.to_dense requires sorted indices ("indices[...] is out of order"). Apply tf.sparse.reorder(ratings_sp) (or sort the coordinates) before densifying.
# %%
import numpy as np
import tensorflow as tf

interactions = {(3, 1): 4.0, (0, 2): 5.0, (1, 0): 3.0, (3, 4): 1.0, (2, 2): 2.0, (0, 0): 4.5}
n_users, n_items = 4, 5
coords = np.array(list(interactions.keys()), dtype=np.int64)
values = np.array(list(interactions.values()), dtype=np.float32)
ratings_sp = tf.SparseTensor(indices=coords, values=values, dense_shape=[n_users, n_items])
# %%
user_mean = tf.sparse.reduce_sum(ratings_sp, axis=1) / n_items
dense_ratings = tf.sparse.to_dense(ratings_sp)
centered = dense_ratings - user_mean[:, None]
