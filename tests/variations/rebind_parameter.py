# family: missing_gradient
# raises: TypeError
# culprit: slope
import tensorflow as tf

class Line:
    def __init__(self):
        self.a = tf.Variable(0.5, name="slope")

line = Line()
for _ in range(2):
    with tf.GradientTape() as t:
        err = tf.square(line.a * 3.0 - 1.0)
    g = t.gradient(err, line.a)
    line.a = line.a - 0.1 * g  # <- cause raises
