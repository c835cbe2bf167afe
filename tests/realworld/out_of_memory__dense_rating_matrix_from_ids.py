# source: https://github.com/OML-Team/open-metric-learning/issues/283
# family: out_of_memory
# raises: ResourceExhaustedError
# cause: 1:6, 2:2
# raise: 2:6
# culprit: ScatterNd | rating_matrix
# expect: The dense rating matrix is shaped [num_users, num_items] from the largest raw ids (about 3 million x 9 million floats, ~100 TB), which cannot be allocated; keep the ratings sparse (tf.sparse.SparseTensor) or remap ids to a dense range first.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
user_ids = np.array([12, 2_999_999, 40_017])
item_ids = np.array([8_812_345, 77, 501])
num_users, num_items = int(user_ids.max()) + 1, int(item_ids.max()) + 1
stars = np.array([4.0, 5.0, 2.0], dtype=np.float32)
# %%
pairs = tf.constant(np.stack([user_ids, item_ids], axis=1))
rating_matrix = tf.scatter_nd(pairs, stars, shape=[num_users, num_items])
item_popularity = tf.reduce_sum(rating_matrix, axis=0)
sess = tf.compat.v1.Session()
print("densifying ratings")
popularity = sess.run(item_popularity)
