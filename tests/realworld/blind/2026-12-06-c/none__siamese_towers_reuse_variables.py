# source: https://github.com/tensorflow/tensorflow/issues/21657
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: The first tower creates tower/dense_w and tower/dense_b, then scope.reuse_variables() makes the next two towers share them, and the optimizer is built outside the reusing scope before the initializer runs; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

anchor = tf.compat.v1.placeholder(tf.float32, [None, 8], name="anchor")
positive = tf.compat.v1.placeholder(tf.float32, [None, 8], name="positive")
negative = tf.compat.v1.placeholder(tf.float32, [None, 8], name="negative")

def tower(x):
    w = tf.compat.v1.get_variable("dense_w", [8, 4])
    b = tf.compat.v1.get_variable("dense_b", [4], initializer=tf.compat.v1.zeros_initializer())
    return tf.nn.l2_normalize(tf.matmul(x, w) + b, axis=1)
# %%
with tf.compat.v1.variable_scope("tower") as scope:
    emb_a = tower(anchor)
    scope.reuse_variables()
    emb_p = tower(positive)
    emb_n = tower(negative)
margin_loss = tf.reduce_mean(tf.nn.relu(
    tf.reduce_sum(tf.square(emb_a - emb_p), 1) - tf.reduce_sum(tf.square(emb_a - emb_n), 1) + 0.2))
train_op = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(margin_loss)
# %%
rng = np.random.RandomState(6)
feed = {anchor: rng.rand(6, 8), positive: rng.rand(6, 8), negative: rng.rand(6, 8)}
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    for _ in range(3):
        _, l = sess.run([train_op, margin_loss], feed)
    print("loss", l, len(tf.compat.v1.trainable_variables()))
