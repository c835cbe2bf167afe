# family: other
# raises: InvalidArgumentError
# culprit: item_user_indices
import numpy as np
import tensorflow as tf
user_item = np.array([[0, 2], [0, 3], [1, 0], [2, 1]], dtype=np.int64)
item_user_indices = user_item[:, [1, 0]]  # <- cause
item_user = tf.SparseTensor(indices=item_user_indices, values=[1.0, 2.0, 3.0, 4.0],
                            dense_shape=[4, 3])
dense = tf.sparse.to_dense(item_user)  # <- raises
