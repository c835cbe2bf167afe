# source: https://github.com/xudonmao/Multi-class_GAN/issues/1
# family: variable_not_found
# raises: ValueError
# cause: 2:8, 3:4
# raise: 3:4
# culprit: ExponentialMovingAverage | d_bn1
# expect: The hand-written batch norm builds an ExponentialMovingAverage and calls ema.apply() every time it runs; on the second discriminator call the enclosing variable_scope has reuse=True, so apply() tries to fetch shadow variables that were never created under that name. Create the moving averages only on the first call (or open the discriminator scope with reuse=tf.compat.v1.AUTO_REUSE).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

LATENT = 12
real_batch = np.random.default_rng(3).normal(size=(16, 20)).astype(np.float32)
# %%
def batch_norm(x, name):
    dim = x.shape[-1]
    with tf.compat.v1.variable_scope(name):
        beta = tf.compat.v1.get_variable("beta", [dim], initializer=tf.zeros_initializer())
        gamma = tf.compat.v1.get_variable("gamma", [dim], initializer=tf.ones_initializer())
        mean, var = tf.nn.moments(x, [0])
        ema = tf.compat.v1.train.ExponentialMovingAverage(decay=0.9)
        with tf.control_dependencies([ema.apply([mean, var])]):
            mean, var = tf.identity(mean), tf.identity(var)
        return tf.nn.batch_normalization(x, mean, var, beta, gamma, 1e-5)

def discriminator(x, reuse=False):
    with tf.compat.v1.variable_scope("disc", reuse=reuse):
        w1 = tf.compat.v1.get_variable("w1", [20, 32])
        h = tf.nn.leaky_relu(batch_norm(tf.matmul(x, w1), "d_bn1"))
        w2 = tf.compat.v1.get_variable("w2", [32, 1])
        return tf.matmul(h, w2)

def generator(z):
    with tf.compat.v1.variable_scope("gen"):
        wg = tf.compat.v1.get_variable("wg", [LATENT, 20])
        return tf.tanh(tf.matmul(z, wg))
# %%
real_in = tf.compat.v1.placeholder(tf.float32, [None, 20], name="real_in")
z_in = tf.compat.v1.placeholder(tf.float32, [None, LATENT], name="z_in")
real_logits = discriminator(real_in)
fake_logits = discriminator(generator(z_in), reuse=True)
d_loss = tf.reduce_mean(tf.nn.softplus(-real_logits)) + tf.reduce_mean(tf.nn.softplus(fake_logits))
