# source: https://github.com/Naresh1318/Adversarial_Autoencoder/issues/6
# family: variable_already_exists
# raises: ValueError
# cause: 3:4
# raise: 3:4
# culprit: discriminator | d_dense_1/weights
# expect: the discriminator is built once on samples from the prior (3:3) and again on the encoder's codes (3:4) with reuse=False, so get_variable tries to create Discriminator/d_dense_1/weights a second time. Pass reuse=True on the second call (or use reuse=tf.compat.v1.AUTO_REUSE).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
Z_DIM = 2
real_batch = np.random.rand(32, 64).astype(np.float32)
# %%
def dense(x, n_out, name):
    with tf.compat.v1.variable_scope(name):
        w = tf.compat.v1.get_variable("weights", [x.shape[-1], n_out], initializer=tf.compat.v1.random_normal_initializer(stddev=0.01))
        b = tf.compat.v1.get_variable("bias", [n_out], initializer=tf.compat.v1.constant_initializer(0.0))
        return tf.matmul(x, w) + b

def encoder(x, reuse=False):
    with tf.compat.v1.variable_scope("Encoder", reuse=reuse):
        h = tf.nn.relu(dense(x, 32, "e_dense_1"))
        return dense(h, Z_DIM, "e_latent")

def discriminator(z, reuse=False):
    with tf.compat.v1.variable_scope("Discriminator", reuse=reuse):
        h = tf.nn.relu(dense(z, 16, "d_dense_1"))
        return dense(h, 1, "d_output")
# %%
x_input = tf.compat.v1.placeholder(tf.float32, [None, 64], name="Input")
real_prior = tf.compat.v1.placeholder(tf.float32, [None, Z_DIM], name="Real_distribution")
d_real = discriminator(real_prior)
d_fake = discriminator(encoder(x_input), reuse=False)
