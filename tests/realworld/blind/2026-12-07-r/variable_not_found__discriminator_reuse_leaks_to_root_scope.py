# source: https://github.com/jonbruner/ezgan/issues/2
# family: variable_not_found
# raises: ValueError
# cause: 2:3
# raise: 4:3
# culprit: reuse_variables | d_w1/Adam
# expect: discriminator() calls tf.compat.v1.get_variable_scope().reuse_variables() on the root scope when reuse=True, which turns reuse on for everything built afterwards in that graph; AdamOptimizer.minimize then tries to get_variable its slot d_w1/Adam under a reusing scope and fails with "Variable d_w1/Adam/ does not exist". Wrap the discriminator in its own tf.compat.v1.variable_scope("disc", reuse=reuse) instead of flipping the root scope.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
# %%
def discriminator(images, reuse=False):
    if reuse:
        tf1.get_variable_scope().reuse_variables()
    d_w1 = tf1.get_variable("d_w1", [784, 64], initializer=tf1.truncated_normal_initializer(stddev=0.02))
    d_b1 = tf1.get_variable("d_b1", [64], initializer=tf1.constant_initializer(0.0))
    d_w2 = tf1.get_variable("d_w2", [64, 1], initializer=tf1.truncated_normal_initializer(stddev=0.02))
    hidden = tf.nn.leaky_relu(tf.matmul(images, d_w1) + d_b1)
    return tf.matmul(hidden, d_w2)
# %%
real_pl = tf1.placeholder(tf.float32, [None, 784], name="real")
noise_pl = tf1.placeholder(tf.float32, [None, 100], name="noise")
g_w = tf1.get_variable("g_w", [100, 784])
fake_images = tf.nn.sigmoid(tf.matmul(noise_pl, g_w))
d_real = discriminator(real_pl)
d_fake = discriminator(fake_images, reuse=True)
d_loss = tf.reduce_mean(tf.nn.softplus(-d_real)) + tf.reduce_mean(tf.nn.softplus(d_fake))
g_loss = tf.reduce_mean(tf.nn.softplus(-d_fake))
# %%
d_vars = [v for v in tf1.trainable_variables() if v.name.startswith("d_")]
g_vars = [v for v in tf1.trainable_variables() if v.name.startswith("g_")]
d_trainer = tf1.train.AdamOptimizer(3e-4).minimize(d_loss, var_list=d_vars)
g_trainer = tf1.train.AdamOptimizer(1e-4).minimize(g_loss, var_list=g_vars)
