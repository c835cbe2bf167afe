# source: https://github.com/tensorflow/tensorflow/issues/33635
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: the subclassed model is called once on a dummy batch before its kernels are collected, so decay_vars holds both kernels and the L2 term is well defined; nothing to report.
# %%
import numpy as np
import tensorflow as tf
class Net(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.a = tf.keras.layers.Dense(16, activation="relu")
        self.b = tf.keras.layers.Dense(3)
    def call(self, x):
        return self.b(self.a(x))
# %%
net = Net()
net(tf.zeros((1, 12)))
decay_vars = [v for v in net.trainable_weights if "kernel" in v.path]
# %%
x = np.random.rand(8, 12).astype("float32")
with tf.GradientTape() as tape:
    logits = net(x)
    loss = tf.reduce_mean(logits ** 2) + 1e-4 * tf.add_n([tf.nn.l2_loss(v) for v in decay_vars])
grads = tape.gradient(loss, net.trainable_weights)
print(len(decay_vars), float(loss))
