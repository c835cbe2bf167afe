# family: other
# raises: InvalidArgumentError
# culprit: counts
import tensorflow as tf
cells = {(1, 2): 3.0, (0, 0): 1.0, (0, 2): 2.0}
counts = tf.SparseTensor(indices=list(cells), values=list(cells.values()), dense_shape=[2, 3])  # <- cause
table = tf.sparse.to_dense(counts)  # <- raises
