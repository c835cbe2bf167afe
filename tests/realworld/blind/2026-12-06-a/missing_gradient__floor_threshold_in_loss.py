# source: https://github.com/tensorflow/tensorflow/issues/8625
# family: missing_gradient
# raises: ValueError
# cause: 2:9
# raise: 3:2
# culprit: Floor | y_pred
# expect: The loss is built on y_pred = tf.floor(y_prob + 0.5), and Floor has no gradient, so minimize finds no gradient for any variable; compute the loss on y_prob (e.g. sigmoid cross-entropy) and keep the thresholding for the accuracy only.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(8)
clicks = rng.random((200, 12)).astype("float32")
bought = (clicks.mean(axis=1, keepdims=True) > 0.5).astype("float32")
# %%
x_in = tf.compat.v1.placeholder(tf.float32, [None, 12], name="x_in")
y_true = tf.compat.v1.placeholder(tf.float32, [None, 1], name="y_true")
w1 = tf.Variable(tf.random.normal([12, 8], stddev=0.2), name="w1")
w2 = tf.Variable(tf.random.normal([8, 1], stddev=0.2), name="w2")
layer = tf.nn.relu(tf.matmul(x_in, w1))
layer_dropped = tf.nn.dropout(layer, rate=0.2)
y_prob = tf.sigmoid(tf.matmul(layer_dropped, w2))
# round the probability to a 0/1 prediction
y_pred = tf.floor(y_prob + 0.5)
# %%
loss_op = tf.reduce_mean(tf.abs(y_true - y_pred))
optimizer_op = tf.compat.v1.train.GradientDescentOptimizer(0.005).minimize(loss_op)
