# source: https://github.com/takat0m0/AAE/issues/3
# family: variable_not_found
# raises: ValueError
# cause: 2:8
# raise: 3:3
# culprit: encoder/w0/Adam | reuse_variables
# expect: reuse_variables() switched the root variable scope to reuse=True before the optimizers were built, so AdamOptimizer.minimize() cannot create its slot variables (encoder/w0/Adam does not exist). Build the second tower under a scoped `with variable_scope(..., reuse=True)` block instead of flipping the root scope, or use reuse=tf.compat.v1.AUTO_REUSE.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def encoder(x):
    with tf.compat.v1.variable_scope("encoder"):
        w0 = tf.compat.v1.get_variable("w0", [20, 8])
        w1 = tf.compat.v1.get_variable("w1", [8, 2])
        return tf.matmul(tf.nn.tanh(tf.matmul(x, w0)), w1)
# %%
real_x = tf.compat.v1.placeholder(tf.float32, [None, 20], name="real_x")
fake_x = tf.compat.v1.placeholder(tf.float32, [None, 20], name="fake_x")
z_real = encoder(real_x)
prior_z = tf.random.normal(tf.shape(z_real))
recon_loss = tf.reduce_mean(tf.square(z_real - prior_z))
hp = {"lr": 2e-4, "beta1": 0.5}
# share encoder weights for the fake branch
tf.compat.v1.get_variable_scope().reuse_variables()
z_fake = encoder(fake_x)
adv_loss = tf.reduce_mean(tf.square(z_fake))
# %%
opt = tf.compat.v1.train.AdamOptimizer(hp["lr"], beta1=hp["beta1"])
enc_vars = tf.compat.v1.trainable_variables("encoder")
train_enc = opt.minimize(recon_loss + adv_loss, var_list=enc_vars)
