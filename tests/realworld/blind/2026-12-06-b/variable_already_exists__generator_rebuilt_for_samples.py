# source: https://github.com/lpty/tensorflow_tutorial/issues/9
# family: variable_already_exists
# raises: ValueError
# cause: 1:10, 3:2
# raise: 3:2
# culprit: generator/dense/kernel | generator
# expect: generator_graph opens variable_scope("generator") without reuse, so the second call in cell 3 (to sample images) tries to create generator/dense/kernel again; pass reuse=True (or tf.compat.v1.AUTO_REUSE) for the sampling call.
# env: TF_USE_LEGACY_KERAS=1
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

cfg = {"noise_dim": 10, "units": 32, "img_size": 64}
real_imgs = tf.compat.v1.placeholder(tf.float32, [None, cfg["img_size"]], name="real_imgs")
noise = tf.compat.v1.placeholder(tf.float32, [None, cfg["noise_dim"]], name="noise")

def generator_graph(z, units, img_size):
    with tf.compat.v1.variable_scope("generator"):
        layer = tf.compat.v1.layers.dense(z, units, activation=tf.nn.leaky_relu)
        return tf.compat.v1.layers.dense(layer, img_size, activation=tf.tanh)
# %%
fake = generator_graph(noise, cfg["units"], cfg["img_size"])
g_loss = tf.reduce_mean(tf.square(fake - real_imgs))
g_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(g_loss)
# %%
sample_noise = tf.compat.v1.placeholder(tf.float32, [None, cfg["noise_dim"]], name="sample_noise")
samples = generator_graph(sample_noise, cfg["units"], cfg["img_size"])
