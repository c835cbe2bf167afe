# source: https://github.com/openai/improved-gan/issues/26
# family: variable_not_found
# raises: ValueError
# cause: 3:2
# raise: 3:5
# culprit: RMSProp | g_ae/enc_0/W
# expect: minimize() is called inside variable_scope("g_ae", reuse=True), so the RMSProp slot variables it must create are looked up instead and do not exist; create the optimizer/train op outside the reusing scope.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(4)
data = rng.rand(64, 10).astype(np.float32)
# %%
def autoencoder(x):
    h = x
    for i, width in enumerate([6, 10]):
        with tf.compat.v1.variable_scope("enc_%d" % i):
            W = tf.compat.v1.get_variable("W", [h.shape[-1], width])
            h = tf.nn.tanh(tf.matmul(h, W))
    return h

x_ph = tf.compat.v1.placeholder(tf.float32, [None, 10])
with tf.compat.v1.variable_scope("g_ae"):
    recon_train = autoencoder(x_ph)
# %%
x_val = tf.compat.v1.placeholder(tf.float32, [None, 10])
with tf.compat.v1.variable_scope("g_ae", reuse=True):
    recon_val = autoencoder(x_val)
    ae_loss = tf.reduce_mean(tf.square(recon_train - x_ph))
    train_op = tf.compat.v1.train.RMSPropOptimizer(1e-3).minimize(ae_loss)
