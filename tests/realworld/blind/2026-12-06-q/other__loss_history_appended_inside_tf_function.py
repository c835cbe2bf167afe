# source: https://github.com/tensorflow/tensorflow/issues/37522
# family: other
# raises: AttributeError
# cause: 2:7
# raise: 4:1
# culprit: loss_history
# expect: loss_history.append(loss) runs only while train_step is traced, so the list holds one symbolic graph tensor (not one eager value per step), and .numpy() fails on it. Return the loss from the tf.function and append the returned eager tensor outside it.
# %%
import numpy as np
import tensorflow as tf
import keras
rng = np.random.default_rng(17)
xs = rng.normal(size=(32, 5)).astype("float32")
ys = rng.normal(size=(32, 1)).astype("float32")
dataset = tf.data.Dataset.from_tensor_slices((xs, ys)).batch(8)
net = keras.Sequential([keras.Input((5,)), keras.layers.Dense(1)])
opt = keras.optimizers.SGD(0.01)
loss_history = []
# %%
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(net(x) - y))
    grads = tape.gradient(loss, net.trainable_variables)
    opt.apply_gradients(zip(grads, net.trainable_variables))
    loss_history.append(loss)
    return loss
# %%
for xb, yb in dataset:
    train_step(xb, yb)
# %%
curve = [float(l.numpy()) for l in loss_history]
