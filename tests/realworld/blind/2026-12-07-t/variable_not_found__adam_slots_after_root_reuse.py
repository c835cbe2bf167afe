# source: https://github.com/jonbruner/generative-adversarial-networks/issues/1
# family: variable_not_found
# raises: ValueError
# cause: 2:9
# raise: 3:3
# culprit: d_w1 | reuse_variables
# expect: reuse_variables() on the root variable scope leaves reuse switched on for the rest of the graph, so AdamOptimizer.minimize cannot create its slot variables (d_w1/Adam) and get_variable reports they do not exist; build the second discriminator inside its own variable_scope(..., reuse=True) block instead of flipping the root scope, so the optimizer runs with reuse off
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
def discriminator(images):
    d_w1 = tf.compat.v1.get_variable("d_w1", [784, 32])
    d_b1 = tf.compat.v1.get_variable("d_b1", [32], initializer=tf.compat.v1.zeros_initializer())
    d_w2 = tf.compat.v1.get_variable("d_w2", [32, 1])
    return tf.matmul(tf.nn.relu(tf.matmul(images, d_w1) + d_b1), d_w2)
real = tf.compat.v1.placeholder(tf.float32, [None, 784])
fake = tf.compat.v1.placeholder(tf.float32, [None, 784])
d_real = discriminator(real)
tf.compat.v1.get_variable_scope().reuse_variables()
d_fake = discriminator(fake)
# %%
d_loss = tf.reduce_mean(tf.nn.softplus(-d_real)) + tf.reduce_mean(tf.nn.softplus(d_fake))
d_vars = [v for v in tf.compat.v1.trainable_variables() if v.name.startswith("d_")]
d_trainer = tf.compat.v1.train.AdamOptimizer(3e-4).minimize(d_loss, var_list=d_vars)
