# source: https://github.com/tensorflow/tensorflow/issues/13313
# family: missing_gradient
# raises: ValueError
# cause: 2:3
# raise: 3:1
# culprit: objective | accuracy | argmax
# expect: the objective is 1 - accuracy, built from tf.argmax/tf.equal/tf.cast, which have no gradient with respect to w and b, so minimize() finds no gradients; minimize a differentiable loss such as softmax cross-entropy on scores and keep accuracy only as a metric.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(9)
leaf_feats = rng.normal(size=(40, 6)).astype(np.float32)
leaf_species = rng.integers(0, 3, size=40)
onehot_species = np.eye(3, dtype=np.float32)[leaf_species]

feats_in = tf.compat.v1.placeholder(tf.float32, [None, 6], name="feats_in")
species_in = tf.compat.v1.placeholder(tf.float32, [None, 3], name="species_in")
w = tf.compat.v1.get_variable("w", [6, 3])
b = tf.compat.v1.get_variable("b", [3], initializer=tf.compat.v1.zeros_initializer())
scores = tf.matmul(feats_in, w) + b
# %%
hits = tf.equal(tf.argmax(scores, 1), tf.argmax(species_in, 1))
accuracy = tf.reduce_mean(tf.cast(hits, tf.float32))
objective = 1.0 - accuracy
# %%
train_step = tf.compat.v1.train.AdamOptimizer(0.01).minimize(objective)
sess = tf.compat.v1.Session()
sess.run(tf.compat.v1.global_variables_initializer())
