# source: https://github.com/nanotheorygroup/kaldo/pull/306
# family: other
# raises: InvalidArgumentError
# cause: 1:10
# raise: 2:3
# culprit: item_user_indices | tf.sparse.reorder
# expect: Swapping the (user, item) columns to get item-major coordinates leaves the indices in user-major order, which is not the lexicographic order tf.sparse ops require, so to_dense fails with "indices[...] is out of order". Apply tf.sparse.reorder to the SparseTensor (or sort the coordinates) after the swap.
# %%
import numpy as np
import tensorflow as tf

n_users, n_items = 5, 4
ratings = [(0, 1, 4.0), (0, 3, 2.0), (1, 0, 5.0), (2, 2, 3.0), (3, 1, 1.0), (4, 0, 4.0), (4, 3, 5.0)]
user_item_indices = np.array([[u, i] for u, i, _ in ratings], dtype=np.int64)
values = np.array([r for _, _, r in ratings], dtype=np.float32)

# the item-based recommender wants items as rows
item_user_indices = user_item_indices[:, [1, 0]]
# %%
item_user = tf.SparseTensor(indices=item_user_indices, values=values, dense_shape=[n_items, n_users])
print(item_user.indices.numpy()[:3])
dense_item_user = tf.sparse.to_dense(item_user)
