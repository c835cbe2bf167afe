# family: untracked_weights
# raises: NONE
# culprit: Gate
import tensorflow as tf

class Gate(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.gain = tf.Variable(tf.ones((input_shape[-1],)), name="gain")  # <- cause

    def call(self, x):
        return x * self.gain

gate = Gate()
print(gate(tf.ones([2, 3])).shape, len(gate.trainable_weights))
