# family: shape_mismatch
# raises: InvalidArgumentError
# culprit: MatMul
import tensorflow as tf
a = tf.ones([2, 3])
b = tf.ones([4, 5])
c = tf.matmul(a, b)  # <- cause raises
