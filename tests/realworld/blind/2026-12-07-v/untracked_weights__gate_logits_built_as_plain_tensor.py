# source: https://github.com/keras-team/keras/issues/4320
# family: untracked_weights
# raises: ValueError
# cause: 1:9
# raise: 3:4
# culprit: op_logits | OperatorGate
# expect: build() stores op_logits as a plain random tensor instead of a weight, so the layer has no trainable variables; the gradient list is empty and apply_gradients(zip([], [])) fails to unpack. Create op_logits with self.add_weight(shape=..., initializer="random_normal", trainable=True).
# %%
import numpy as np
import tensorflow as tf
import keras
class OperatorGate(keras.layers.Layer):
    def __init__(self, n_ops, **kw):
        super().__init__(**kw)
        self.n_ops = n_ops
    def build(self, input_shape):
        self.op_logits = tf.random.normal((input_shape[-1], self.n_ops))
    def call(self, x):
        return tf.nn.softmax(tf.matmul(x, self.op_logits))
# %%
gate = OperatorGate(4)
gate_model = keras.Sequential([keras.Input((6,)), gate])
opt = keras.optimizers.Adam(0.01)
x = np.random.rand(16, 6).astype("float32")
target = np.eye(4)[np.random.randint(0, 4, 16)].astype("float32")
# %%
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(keras.losses.categorical_crossentropy(target, gate_model(x)))
grads = tape.gradient(loss, gate_model.trainable_variables)
opt.apply_gradients(zip(grads, gate_model.trainable_variables))
