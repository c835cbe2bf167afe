# source: https://github.com/tensorflow/tensorflow/issues/50111
# family: missing_gradient
# raises: ValueError
# cause: 2:2, 2:3
# raise: 3:6
# culprit: numpy | smoothness_loss | np.diff
# expect: smoothness_loss converts the predictions to a numpy array (y_pred.numpy(), np.diff) and builds the loss from that, so the tape sees no TensorFlow ops between the weights and the loss and every gradient is None. Compute the penalty with TensorFlow ops (e.g. y_pred[1:] - y_pred[:-1]).
# %%
import numpy as np
import tensorflow as tf
import keras

rng = np.random.default_rng(32)
t = np.linspace(0, 1, 64).astype("float32")[:, None]
curve = np.sin(6 * t) + 0.1 * rng.normal(size=t.shape).astype("float32")
net = keras.Sequential([keras.Input((1,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(1)])
opt = keras.optimizers.Adam(1e-2)
# %%
def smoothness_loss(y_true, y_pred):
    mse = np.mean((y_true - y_pred.numpy()) ** 2)
    rough = np.sum(np.diff(y_pred.numpy(), axis=0) ** 2)
    return tf.constant(mse + 0.01 * rough)
# %%
for step in range(3):
    with tf.GradientTape() as tape:
        pred = net(t, training=True)
        loss = smoothness_loss(curve, pred)
    grads = tape.gradient(loss, net.trainable_variables)
    opt.apply_gradients(zip(grads, net.trainable_variables))
