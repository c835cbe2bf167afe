# source: https://github.com/phillipi/pix2pix/issues/60
# family: variable_not_found
# raises: ValueError
# cause: 2:3
# raise: 4:2
# culprit: reuse_variables | d_h0_conv
# expect: discriminator(..., reuse=True) calls reuse_variables() on the root variable scope, which switches the whole graph to reuse mode; AdamOptimizer then tries to get_variable its slot d_h0_conv/w/Adam and fails because it does not exist yet. Open a named variable_scope("discriminator", reuse=reuse) inside the function instead of flipping the root scope, or use reuse=tf.AUTO_REUSE
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
rng = np.random.default_rng(0)
# %%
def discriminator(image, reuse=False):
    if reuse:
        v1.get_variable_scope().reuse_variables()
    with v1.variable_scope("d_h0_conv"):
        w = v1.get_variable("w", [4, 4, 3, 16])
        h0 = tf.nn.leaky_relu(tf.nn.conv2d(image, w, strides=2, padding="SAME"))
    with v1.variable_scope("d_h1_lin"):
        flat = tf.reshape(h0, [-1, 16 * 16 * 16])
        w1 = v1.get_variable("w", [16 * 16 * 16, 1])
        return tf.matmul(flat, w1)


def generator(z):
    with v1.variable_scope("g_h0_lin"):
        w = v1.get_variable("w", [100, 32 * 32 * 3])
        return tf.tanh(tf.reshape(tf.matmul(z, w), [-1, 32, 32, 3]))
# %%
real_images = v1.placeholder(tf.float32, [None, 32, 32, 3], name="real_images")
z = v1.placeholder(tf.float32, [None, 100], name="z")
fake_images = generator(z)
d_real = discriminator(real_images)
d_fake = discriminator(fake_images, reuse=True)
d_loss = tf.reduce_mean(tf.nn.softplus(-d_real)) + tf.reduce_mean(tf.nn.softplus(d_fake))
d_vars = [v for v in v1.trainable_variables() if v.name.startswith("d_")]
# %%
d_optim = v1.train.AdamOptimizer(2e-4, beta1=0.5)
d_train = d_optim.minimize(d_loss, var_list=d_vars)
