# source: https://github.com/tensorflow/tensorflow/issues/73631
# family: missing_gradient
# raises: ValueError
# cause: 1:7
# raise: 3:6
# culprit: scale | int32
# expect: IntScale creates its only weight with dtype="int32"; TensorFlow defines no gradients for integer tensors, so tape.gradient returns None for scale and the optimizer reports that no gradients were provided. Create the weight as a float (dtype="float32") and round in the forward pass only if integers are really needed.
# %%
import numpy as np
import tensorflow as tf
import keras

class IntScale(keras.layers.Layer):
    def build(self, input_shape):
        self.scale = self.add_weight(shape=(1,), initializer="ones", dtype="int32", name="scale")

    def call(self, inputs):
        return tf.cast(inputs, tf.float32) * tf.cast(self.scale, tf.float32)
# %%
values = np.arange(1, 101, dtype=np.int32).reshape(-1, 1)
doubled = (2 * values).astype(np.float32)
scaler = IntScale()
scaler(values[:1])
adam = keras.optimizers.Adam(0.1)
# %%
with tf.GradientTape() as tape:
    pred = scaler(values)
    loss = tf.reduce_mean(tf.square(pred - doubled))
grads = tape.gradient(loss, scaler.trainable_weights)
print(grads)
adam.apply_gradients(zip(grads, scaler.trainable_weights))
