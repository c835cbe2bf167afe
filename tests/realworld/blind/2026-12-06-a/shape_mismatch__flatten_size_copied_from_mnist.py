# source: https://github.com/KGPML/Deep-Vessel/issues/4
# family: shape_mismatch
# raises: InvalidArgumentError
# cause: 2:12, 2:10
# raise: 3:6
# culprit: 7*7*64 | 3136 | flat
# expect: The flatten reshapes to [-1, 7*7*64] as in the 28x28 MNIST example, but the 24x24 patches become 6x6x64 after two poolings (2304 per example), so the reshape fails at run time; reshape to [-1, 6*6*64] (or compute it from pool2's shape).
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

PATCH = 24
rng = np.random.default_rng(9)
patches = rng.random((40, PATCH, PATCH, 1)).astype("float32")
vessel = rng.integers(0, 2, size=40).astype("int64")
# %%
def weight(shape, name):
    return tf.compat.v1.get_variable(name, shape, initializer=tf.compat.v1.truncated_normal_initializer(stddev=0.1))

patch_in = tf.compat.v1.placeholder(tf.float32, [None, PATCH, PATCH, 1], name="patch_in")
label_in = tf.compat.v1.placeholder(tf.int64, [None], name="label_in")
h1 = tf.nn.relu(tf.nn.conv2d(patch_in, weight([5, 5, 1, 32], "c1"), strides=1, padding="SAME"))
p1 = tf.nn.max_pool2d(h1, 2, 2, "SAME")
h2 = tf.nn.relu(tf.nn.conv2d(p1, weight([5, 5, 32, 64], "c2"), strides=1, padding="SAME"))
p2 = tf.nn.max_pool2d(h2, 2, 2, "SAME")
fc_w = weight([7 * 7 * 64, 2], "fc")

flat = tf.reshape(p2, [-1, 7 * 7 * 64])
logits = tf.matmul(flat, fc_w)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=label_in, logits=logits))
train = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for epoch in range(2):
    for s in range(0, 40, 8):
        feed = {patch_in: patches[s:s + 8], label_in: vessel[s:s + 8]}
        _, l = sess.run([train, loss], feed_dict=feed)
