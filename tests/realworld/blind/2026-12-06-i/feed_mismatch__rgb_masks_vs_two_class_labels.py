# source: https://github.com/jakeret/tf_unet/issues/272
# family: feed_mismatch
# raises: ValueError
# cause: 1:6
# raise: 3:4
# culprit: y | n_class | 2
# expect: The label placeholder y expects one-hot masks with n_class=2 channels, but the masks were loaded as RGB images with 3 channels. Convert each mask to a 2-class one-hot map before feeding.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
rng = np.random.default_rng(8)
images = rng.random((4, 48, 48, 3)).astype("float32")
masks = (rng.random((4, 48, 48, 3)) > 0.5).astype("float32")
n_class = 2
# %%
x = tf.compat.v1.placeholder(tf.float32, [None, None, None, 3], name="x")
y = tf.compat.v1.placeholder(tf.float32, [None, None, None, n_class], name="y")
k = tf.compat.v1.get_variable("k", [3, 3, 3, n_class])
logits = tf.nn.conv2d(x, k, 1, "SAME")
cost = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=y, logits=logits))
opt = tf.compat.v1.train.MomentumOptimizer(0.01, 0.9).minimize(cost)
# %%
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
for step in range(2):
    _, c = sess.run([opt, cost], feed_dict={x: images, y: masks})
