# source: https://github.com/tensorflow/tensorflow/issues/31362
# family: other
# raises: TypeError
# cause: 2:8
# raise: 4:1
# culprit: batch_losses | train_step
# expect: batch_losses.append(loss) is a Python side effect that only runs while train_step is traced, so the list holds one symbolic graph tensor (not one value per step) that cannot be used outside the function; return the loss from train_step and append the returned value in the loop
# %%
import numpy as np
import tensorflow as tf
import keras
# %%
net = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
opt = keras.optimizers.SGD(0.05)
batch_losses = []
@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean(tf.square(net(x) - y))
    batch_losses.append(loss)
    grads = tape.gradient(loss, net.trainable_variables)
    opt.apply_gradients(zip(grads, net.trainable_variables))
# %%
xs = np.random.rand(5, 16, 4).astype("float32")
ys = np.random.rand(5, 16, 1).astype("float32")
for x, y in zip(xs, ys):
    train_step(x, y)
# %%
epoch_loss = tf.reduce_mean(tf.stack(batch_losses))
print("epoch loss", float(epoch_loss))
