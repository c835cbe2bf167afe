# family: untracked_weights
# raises: NONE
# culprit: Scale
import tensorflow as tf

class Scale(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.factor = tf.ones((input_shape[-1],))  # <- cause

    def call(self, x):
        return x * self.factor

layer = Scale()
out = layer(tf.ones([2, 3]))
