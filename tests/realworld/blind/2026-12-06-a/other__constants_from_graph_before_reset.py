# source: https://github.com/tensorflow/models/issues/10785
# family: other
# raises: ValueError
# cause: 2:1, 1:6
# raise: 2:10
# culprit: RHO | BETA | reset_default_graph
# expect: BETA, LAMBDA and RHO were created as tf.constant in cell 1, then cell 2 calls reset_default_graph() and builds the autoencoder in a new graph, so combining them with the new tensors fails ("must be from the same graph"); make them Python floats or create them after the reset.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

N_HIDDEN, N_INPUT = 16, 24
BETA, LAMBDA, RHO = tf.constant(3.0), tf.constant(0.001), tf.constant(0.1)
load = np.random.default_rng(4).random((96, N_INPUT)).astype("float32")
# %%
tf.compat.v1.reset_default_graph()
x = tf.compat.v1.placeholder(tf.float32, [None, N_INPUT], name="x_input")
w_h = tf.Variable(tf.random.normal([N_INPUT, N_HIDDEN], stddev=0.1), name="w_hidden")
w_o = tf.Variable(tf.random.normal([N_HIDDEN, N_INPUT], stddev=0.1), name="w_out")
hidden = tf.sigmoid(tf.matmul(x, w_h))
out = tf.matmul(hidden, w_o)

rho_hat = tf.reduce_mean(hidden, axis=0)
recon = tf.reduce_mean(tf.square(out - x))
kl = tf.reduce_sum(RHO * tf.math.log(RHO / rho_hat) + (1 - RHO) * tf.math.log((1 - RHO) / (1 - rho_hat)))
cost = recon + BETA * kl + LAMBDA * (tf.nn.l2_loss(w_h) + tf.nn.l2_loss(w_o))
