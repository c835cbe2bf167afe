# source: https://github.com/tensorflow/tensorflow/issues/54568
# family: missing_gradient
# raises: ValueError
# cause: 1:13
# raise: 3:5
# culprit: memory | writer
# expect: the layer writes the controller output into the memory variable with .assign() and then reads the variable back; assign is not differentiable, so the loss has no path to the writer's kernel and bias and every gradient is None ("No gradients provided"). Use the written tensor itself in the computation (keep the variable update as a side effect only).
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
class KeyMemory(keras.layers.Layer):
    def __init__(self, slots, width, **kw):
        super().__init__(**kw)
        self.writer = keras.layers.Dense(width)
        self.slots, self.width = slots, width
    def build(self, shape):
        self.writer.build(shape)
        self.memory = self.add_weight(shape=(self.slots, self.width), initializer="zeros", trainable=False, name="memory")
    def call(self, x):
        self.memory.assign(tf.tile(tf.reduce_mean(self.writer(x), 0, keepdims=True), [self.slots, 1]))
        return tf.matmul(x[:, :self.width], self.memory, transpose_b=True)
# %%
mem = KeyMemory(4, 6)
opt = keras.optimizers.SGD(0.01)
batch = tf.random.normal((8, 10))
# %%
with tf.GradientTape() as tape:
    scores = mem(batch)
    loss = tf.reduce_mean(tf.square(scores - 1.0))
grads = tape.gradient(loss, mem.trainable_variables)
opt.apply_gradients(zip(grads, mem.trainable_variables))
