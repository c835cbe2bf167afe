# source: https://github.com/jonbruner/generative-adversarial-networks/issues/6
# family: variable_not_found
# raises: ValueError
# cause: 3:5
# raise: 4:9
# culprit: d_w1/Adam | reuse_variables
# expect: reuse_variables() was called on the ROOT variable scope to share the discriminator, so everything created afterwards in that scope is in reuse mode; when AdamOptimizer.minimize creates its slot variables (d_w1/Adam) get_variable looks for them instead of creating them ("Variable d_w1/Adam/ does not exist"). Share the discriminator inside its own variable_scope("disc", reuse=...) instead of switching the root scope to reuse.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

Z_DIM, IMG_DIM = 8, 16
rng = np.random.default_rng(2)
real_images = rng.random((32, IMG_DIM)).astype("float32")
# %%
def generator(z):
    g_w1 = tf1.get_variable("g_w1", [Z_DIM, 12])
    g_w2 = tf1.get_variable("g_w2", [12, IMG_DIM])
    return tf.sigmoid(tf.matmul(tf.nn.relu(tf.matmul(z, g_w1)), g_w2))

def discriminator(x):
    d_w1 = tf1.get_variable("d_w1", [IMG_DIM, 8])
    d_b1 = tf1.get_variable("d_b1", [8], initializer=tf1.zeros_initializer())
    d_w2 = tf1.get_variable("d_w2", [8, 1])
    return tf.matmul(tf.nn.leaky_relu(tf.matmul(x, d_w1) + d_b1), d_w2)
# %%
z_in = tf1.placeholder(tf.float32, [None, Z_DIM], name="z")
x_in = tf1.placeholder(tf.float32, [None, IMG_DIM], name="x")
fake_images = generator(z_in)
d_real = discriminator(x_in)
tf1.get_variable_scope().reuse_variables()
d_fake = discriminator(fake_images)
# %%
bce = tf.nn.sigmoid_cross_entropy_with_logits
d_loss = tf.reduce_mean(bce(logits=d_real, labels=tf.ones_like(d_real))) + \
         tf.reduce_mean(bce(logits=d_fake, labels=tf.zeros_like(d_fake)))
g_loss = tf.reduce_mean(bce(logits=d_fake, labels=tf.ones_like(d_fake)))

t_vars = tf1.trainable_variables()
d_vars = [v for v in t_vars if v.name.startswith("d_")]
g_vars = [v for v in t_vars if v.name.startswith("g_")]
d_trainer = tf1.train.AdamOptimizer(3e-4).minimize(d_loss, var_list=d_vars)
g_trainer = tf1.train.AdamOptimizer(1e-4).minimize(g_loss, var_list=g_vars)
