# source: https://github.com/tensorlayer/TensorLayer/issues/373
# family: other
# raises: ValueError
# cause: 3:3, 2:4
# raise: 3:3
# culprit: get_variable | kernel_init | tf.constant
# expect: dense_layer always passes shape= to get_variable, and the projection is given kernel_init=tf.constant(glove_proj); get_variable refuses a constant tensor initializer together with a shape ("If initializer is a constant, do not specify shape"). Pass tf.constant_initializer(glove_proj), or omit shape when the initializer is a tensor.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.default_rng(6)
glove_proj = rng.normal(size=(50, 16)).astype("float32")
token_vecs = tf.compat.v1.placeholder(tf.float32, [None, 50], name="token_vecs")
# %%
def dense_layer(x, units, name, kernel_init=None, act=tf.nn.relu):
    in_dim = int(x.shape[-1])
    with tf.compat.v1.variable_scope(name):
        kernel = tf.compat.v1.get_variable("kernel", shape=[in_dim, units],
                                           initializer=kernel_init if kernel_init is not None else tf.compat.v1.glorot_uniform_initializer())
        bias = tf.compat.v1.get_variable("bias", shape=[units], initializer=tf.compat.v1.zeros_initializer())
    return act(tf.matmul(x, kernel) + bias)
# %%
with tf.compat.v1.variable_scope("encoder"):
    hidden = dense_layer(token_vecs, 32, "fc1")
    glove_out = dense_layer(token_vecs, 16, "glove_proj", kernel_init=tf.constant(glove_proj))
    merged = tf.concat([hidden, glove_out], axis=1)
