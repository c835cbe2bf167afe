# source: https://github.com/raghavchalapathy/oc-nn_old/issues/8
# family: variable_already_exists
# raises: ValueError
# cause: 3:2
# raise: 3:2
# culprit: r | oc_loss
# expect: The hypersphere radius "r" was already created with get_variable in cell 2; oc_loss calls get_variable("r") again in the same (non-reusing) scope, so TensorFlow refuses to create it twice. Pass the existing radius into oc_loss (or open the scope with reuse=tf.compat.v1.AUTO_REUSE) instead of creating it again.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(7)
normal_feats = rng.normal(size=(64, 16)).astype(np.float32)
NU = 0.05
# %%
feat_in = tf.compat.v1.placeholder(tf.float32, [None, 16], name="feat_in")
proj_w = tf.compat.v1.get_variable("proj_w", shape=[16, 8])
radius = tf.compat.v1.get_variable("r", dtype=tf.float32, shape=(), trainable=False)
scores = tf.matmul(feat_in, proj_w)
print("radius var:", radius.name)
# %%
def oc_loss(scores, nu):
    r = tf.compat.v1.get_variable("r", dtype=tf.float32, shape=(), trainable=False)
    dist = tf.reduce_sum(tf.square(scores), axis=1)
    slack = tf.nn.relu(dist - tf.square(r))
    return tf.square(r) + tf.reduce_mean(slack) / nu

loss = oc_loss(scores, NU)
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(loss)
