# source: https://github.com/tensorflow/tensorflow/issues/26791
# family: untracked_weights
# raises: ValueError
# cause: 2:3
# raise: 4:5
# culprit: ScaleShift | gain
# expect: ScaleShift.build stores its parameters as raw tf.Variable attributes, which a Keras 3 layer does not track, so model.trainable_variables is empty, the tape returns an empty gradient list and apply_gradients has nothing to unpack; create the weights with self.add_weight(...) in build
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(34)
x = rng.normal(size=(64, 5)).astype("float32")
y = (2.0 * x + 1.0).astype("float32")
# %%
class ScaleShift(keras.layers.Layer):
    def build(self, input_shape):
        self.gain = tf.Variable(tf.ones(input_shape[-1:]), name="gain")
        self.offset = tf.Variable(tf.zeros(input_shape[-1:]), name="offset")

    def call(self, inputs):
        return inputs * self.gain + self.offset
# %%
model = keras.Sequential([keras.Input((5,)), ScaleShift()])
optimizer = keras.optimizers.SGD(0.1)
print(len(model.trainable_variables))
# %%
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(model(x) - y))
grads = tape.gradient(loss, model.trainable_variables)
print(grads)
optimizer.apply_gradients(zip(grads, model.trainable_variables))
