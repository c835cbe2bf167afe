# family: none
# raises: NONE
# culprit: -
import tensorflow as tf

class ScaledDense(tf.keras.layers.Layer):
    def __init__(self, units):
        super().__init__()
        self.units = units

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")
        self.scale = tf.constant(1.0 / float(input_shape[-1]) ** 0.5)

    def call(self, x):
        return tf.matmul(x, self.kernel) * self.scale

layer = ScaledDense(4)
print(layer(tf.ones([2, 8])).shape)
