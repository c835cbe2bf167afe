# family: untracked_weights
# raises: NONE
# culprit: Affine
import tensorflow as tf

class Affine(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], 2), initializer="random_normal")
        self.b = tf.zeros((2,))  # <- cause

    def call(self, x):
        return tf.matmul(x, self.w) + self.b

affine = Affine()
print(affine(tf.ones([3, 5])).shape)
