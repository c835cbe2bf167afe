# family: other
# raises: InaccessibleTensorError
# culprit: squares
import tensorflow as tf
@tf.function
def sum_of_squares(n):
    squares = []
    for i in tf.range(n):
        squares.append(tf.square(tf.cast(i, tf.float32)))  # <- cause
    return tf.add_n(squares)
total = sum_of_squares(tf.constant(4))  # <- raises
