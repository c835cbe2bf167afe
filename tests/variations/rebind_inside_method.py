# family: missing_gradient
# raises: TypeError
# culprit: bias
import tensorflow as tf

class Regressor:
    def __init__(self):
        self.b = tf.Variable(0.0, name="bias")

    def step(self, x, y, lr=0.1):
        with tf.GradientTape() as tape:
            loss = tf.square(x + self.b - y)
        grad = tape.gradient(loss, self.b)
        self.b = self.b - lr * grad  # <- cause raises

reg = Regressor()
for _ in range(3):
    reg.step(1.0, 3.0)
