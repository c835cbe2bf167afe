# source: https://github.com/keras-team/keras/issues/16128
# family: missing_gradient
# raises: ValueError
# cause: 1:13
# raise: 3:6
# culprit: write_controller | self.memory.assign
# expect: MemoryLayer routes the write controller's output into the memory only through self.memory.assign(...), and assign has no gradient, so tape.gradient returns None for write_controller's kernel and bias; tf.clip_by_norm(None, ...) then fails. Compute the memory update as a tensor that feeds the output (and assign it separately), or keep the write path differentiable.
# %%
import numpy as np
import tensorflow as tf
import keras

class MemoryLayer(keras.layers.Layer):
    def build(self, input_shape):
        self.write_controller = keras.layers.Dense(8, activation="tanh", name="write_controller")
        self.memory = self.add_weight(shape=(8,), initializer="zeros", trainable=False, name="memory")
        self.readout = keras.layers.Dense(1, name="readout")

    def call(self, x):
        write = tf.reduce_mean(self.write_controller(x), axis=0)
        self.memory.assign(0.9 * self.memory + 0.1 * write)
        return self.readout(x * tf.reduce_mean(self.memory))
# %%
events = np.random.rand(32, 8).astype("float32")
rates = np.random.rand(32, 1).astype("float32")
model = keras.Sequential([keras.Input((8,)), MemoryLayer()])
opt = keras.optimizers.Adam(1e-3)
# %%
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(model(events) - rates))
grads = tape.gradient(loss, model.trainable_variables)
for v, g in zip(model.trainable_variables, grads):
    print(v.path, None if g is None else g.shape)
clipped = [tf.clip_by_norm(g, 1.0) for g in grads]
opt.apply_gradients(zip(clipped, model.trainable_variables))
