# source: https://github.com/golbin/TensorFlow-Tutorials/issues/41
# family: variable_already_exists
# raises: ValueError
# cause: 2:4, 1:18
# raise: 2:4
# culprit: discriminator | reuse
# expect: discriminator() is called a second time for the generated samples, and its variable_scope is opened without reuse, so get_variable tries to create discriminator/d_w1 again. Pass reuse=True (or tf.compat.v1.AUTO_REUSE) for the second call.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

hp = {"noise_dim": 16, "img_dim": 64, "hidden": 32, "n_labels": 10}
real_ph = tf.compat.v1.placeholder(tf.float32, [None, hp["img_dim"]])
label_ph = tf.compat.v1.placeholder(tf.float32, [None, hp["n_labels"]])
noise_ph = tf.compat.v1.placeholder(tf.float32, [None, hp["noise_dim"]])

def generator(z, y):
    with tf.compat.v1.variable_scope("generator"):
        inp = tf.concat([z, y], 1)
        w1 = tf.compat.v1.get_variable("g_w1", [hp["noise_dim"] + hp["n_labels"], hp["hidden"]])
        w2 = tf.compat.v1.get_variable("g_w2", [hp["hidden"], hp["img_dim"]])
        return tf.nn.sigmoid(tf.matmul(tf.nn.relu(tf.matmul(inp, w1)), w2))

def discriminator(x, y, reuse=None):
    with tf.compat.v1.variable_scope("discriminator", reuse=reuse):
        inp = tf.concat([x, y], 1)
        w1 = tf.compat.v1.get_variable("d_w1", [hp["img_dim"] + hp["n_labels"], hp["hidden"]])
        w2 = tf.compat.v1.get_variable("d_w2", [hp["hidden"], 1])
        return tf.matmul(tf.nn.relu(tf.matmul(inp, w1)), w2)
# %%
fake_imgs = generator(noise_ph, label_ph)
d_real = discriminator(real_ph, label_ph)
# score the generated images with the same discriminator
d_fake = discriminator(fake_imgs, label_ph)
d_loss = tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(logits=d_real, labels=tf.ones_like(d_real)))
