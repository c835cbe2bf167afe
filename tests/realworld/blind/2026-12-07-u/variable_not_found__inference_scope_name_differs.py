# source: https://github.com/hiwonjoon/cycle-gan-tf/issues/3
# family: variable_not_found
# raises: ValueError
# cause: 3:2
# raise: 3:3
# culprit: gen_b_to_a | generator_b2a
# expect: the training graph created the generator's variables under the scope "gen_b_to_a", but the inference cell re-enters a differently named scope "generator_b2a" with reuse=True, so get_variable finds no "generator_b2a/enc0/w". Reuse the same scope name (or the captured scope object) for inference.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()

def translator(images, widths=(8, 4)):
    h = tf.reshape(images, [-1, 16 * 16])
    for i, width in enumerate(widths):
        w = tf1.get_variable("enc%d/w" % i, [h.shape[-1], width])
        b = tf1.get_variable("enc%d/b" % i, [width], initializer=tf1.zeros_initializer())
        h = tf.nn.relu(tf.matmul(h, w) + b)
    return h
# %%
domain_b = tf1.placeholder(tf.float32, [None, 16, 16], name="domain_b")
with tf1.variable_scope("gen_b_to_a"):
    fake_a = translator(domain_b)
recon_loss = tf.reduce_mean(tf.square(fake_a))
step = tf1.train.GradientDescentOptimizer(0.01).minimize(recon_loss)
print([v.name for v in tf1.global_variables()][:4])
# %%
test_b = tf1.placeholder(tf.float32, [None, 16, 16], name="test_b")
with tf1.variable_scope("generator_b2a", reuse=True):
    test_a = translator(test_b)
