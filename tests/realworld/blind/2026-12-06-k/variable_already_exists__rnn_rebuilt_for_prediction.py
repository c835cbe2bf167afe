# source: https://github.com/LouisScorpio/datamining/issues/9
# family: variable_already_exists
# raises: ValueError
# cause: 2:3, 4:3
# raise: 4:3
# culprit: rnn_core/w_in | rnn_core
# expect: train_rnn() already built rnn_net in the default graph, and predict_rnn() calls rnn_net again in the same graph; get_variable("rnn_core/w_in") then refuses to create the variable a second time. Open the scope with reuse=tf.compat.v1.AUTO_REUSE (or reset the default graph before building the prediction graph).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

TIME_STEPS, N_FEAT, RNN_UNITS = 10, 3, 8
CKPT = os.path.join(tempfile.mkdtemp(), "stock_rnn")
rng = np.random.default_rng(21)
prices = np.cumsum(rng.normal(size=(200, N_FEAT)), axis=0).astype("float32")
prices = (prices - prices.mean(0)) / prices.std(0)

def make_windows(arr, steps):
    xs = np.stack([arr[i:i + steps] for i in range(len(arr) - steps)])
    ys = np.stack([arr[i + steps, :1] for i in range(len(arr) - steps)])
    return xs, ys

train_x, train_y = make_windows(prices[:150], TIME_STEPS)
test_x, _ = make_windows(prices[150:], TIME_STEPS)
# %%
def rnn_net(x):
    batch = tf.shape(x)[0]
    with tf1.variable_scope("rnn_core"):
        w_in = tf1.get_variable("w_in", [N_FEAT, RNN_UNITS])
        w_rec = tf1.get_variable("w_rec", [RNN_UNITS, RNN_UNITS])
        b = tf1.get_variable("b", [RNN_UNITS], initializer=tf1.zeros_initializer())
        w_out = tf1.get_variable("w_out", [RNN_UNITS, 1])
    h = tf.zeros([batch, RNN_UNITS])
    for x_t in tf.unstack(x, axis=1):
        h = tf.tanh(tf.matmul(x_t, w_in) + tf.matmul(h, w_rec) + b)
    return tf.matmul(h, w_out)
# %%
def train_rnn(epochs=3):
    X = tf1.placeholder(tf.float32, [None, TIME_STEPS, N_FEAT])
    Y = tf1.placeholder(tf.float32, [None, 1])
    pred = rnn_net(X)
    loss = tf.reduce_mean(tf.square(pred - Y))
    train_op = tf1.train.AdamOptimizer(0.01).minimize(loss)
    with tf1.Session() as sess:
        sess.run(tf1.global_variables_initializer())
        for _ in range(epochs):
            _, l = sess.run([train_op, loss], {X: train_x, Y: train_y})
        tf1.train.Saver().save(sess, CKPT)
    return l

print("train loss:", train_rnn())
# %%
def predict_rnn():
    X = tf1.placeholder(tf.float32, [None, TIME_STEPS, N_FEAT])
    pred = rnn_net(X)
    with tf1.Session() as sess:
        tf1.train.Saver().restore(sess, CKPT)
        return sess.run(pred, {X: test_x})

forecast = predict_rnn()
