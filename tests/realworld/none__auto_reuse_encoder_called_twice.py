# source: https://github.com/jonbruner/generative-adversarial-networks/issues/8
# family: none
# raises: NONE
# cause: NONE
# raise: NONE
# culprit: NONE
# expect: Calling encoder() twice looks like it builds the variables twice, but the scope uses reuse=tf.compat.v1.AUTO_REUSE, so the second call shares encoder/w; nothing is wrong.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def encoder(x):
    with tf.compat.v1.variable_scope("encoder", reuse=tf.compat.v1.AUTO_REUSE):
        w = tf.compat.v1.get_variable("w", [5, 3])
    return tf.matmul(x, w)
# %%
anchor = tf.compat.v1.placeholder(tf.float32, [None, 5])
positive = tf.compat.v1.placeholder(tf.float32, [None, 5])
distance = tf.reduce_sum(tf.square(encoder(anchor) - encoder(positive)), axis=1)
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    print(sess.run(distance, {anchor: np.ones((2, 5)), positive: np.zeros((2, 5))}))
