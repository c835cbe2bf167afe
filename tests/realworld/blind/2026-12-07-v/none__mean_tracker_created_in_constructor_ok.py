# source: https://github.com/tensorflow/tensorflow/issues/26260
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: the Mean tracker is created once in the model's constructor and only updated inside the tf.function train step, and the optimizer's variables are created on the first trace only; training runs and the tracker reports a value; nothing to report.
# %%
import numpy as np
import tensorflow as tf
from tensorflow import keras
class Regressor(keras.Model):
    def __init__(self):
        super().__init__()
        self.body = keras.layers.Dense(8, activation="relu")
        self.head = keras.layers.Dense(1)
        self.recon_tracker = keras.metrics.Mean(name="recon")
    def call(self, x):
        return self.head(self.body(x))
# %%
reg = Regressor()
opt = keras.optimizers.Adam(1e-2)
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(reg(x) - y))
    grads = tape.gradient(loss, reg.trainable_variables)
    opt.apply_gradients(zip(grads, reg.trainable_variables))
    reg.recon_tracker.update_state(loss)
    return loss
# %%
xs = np.random.rand(64, 4).astype("float32")
ys = xs.sum(1, keepdims=True)
for i in range(0, 64, 16):
    train_step(xs[i:i + 16], ys[i:i + 16])
print(float(reg.recon_tracker.result()))
