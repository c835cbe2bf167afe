# source: https://github.com/jeromeyoon/Tensorflow-siamese/issues/2
# family: variable_already_exists
# raises: ValueError
# cause: 4:1
# raise: 4:2
# culprit: siamese | twin_tower
# expect: The right branch re-enters tf.compat.v1.variable_scope("siamese") without reuse, so twin_tower tries to create siamese/fc1/w again and get_variable raises "Variable siamese/fc1/w already exists, disallowed". Open the scope with reuse=True (or call scope.reuse_variables() after building the left branch) so both branches share the same weights.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
g = tf.Graph()
# %%
def twin_tower(x):
    with tf1.variable_scope("fc1"):
        w = tf1.get_variable("w", [784, 128])
        b = tf1.get_variable("b", [128], initializer=tf1.zeros_initializer())
        h = tf.nn.relu(tf.matmul(x, w) + b)
    with tf1.variable_scope("fc2"):
        w2 = tf1.get_variable("w", [128, 32])
        return tf.matmul(h, w2)
# %%
with g.as_default():
    left_in = tf1.placeholder(tf.float32, [None, 784], name="left")
    right_in = tf1.placeholder(tf.float32, [None, 784], name="right")
    with tf1.variable_scope("siamese"):
        left_emb = twin_tower(left_in)
# %%
with g.as_default(), tf1.variable_scope("siamese"):
    right_emb = twin_tower(right_in)
    distance = tf.reduce_sum(tf.square(left_emb - right_emb), axis=1)
