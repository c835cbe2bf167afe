# source: https://github.com/tensorflow/tensorflow/issues/26812
# family: tf_function_variable_creation
# raises: ValueError
# cause: 1:5
# raise: 1:8
# culprit: shift | affine
# expect: affine is a tf.function that creates tf.Variable(shift) in its body; tf.function only allows variables created once, on the first trace, and this one would be re-created on each call. Create shift outside the function (or once, guarded, as an attribute of a tf.Module) and use it inside.
# %%
import tensorflow as tf

@tf.function
def affine(points):
    shift = tf.Variable(tf.zeros([3]))
    return tf.matmul(points, tf.eye(3)) + shift

moved = affine(tf.random.normal([5, 3]))
