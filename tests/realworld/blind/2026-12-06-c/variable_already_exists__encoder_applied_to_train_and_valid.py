# source: https://github.com/ethereon/caffe-tensorflow/issues/62
# family: variable_already_exists
# raises: ValueError
# cause: 2:2, 3:2
# raise: 3:2
# culprit: encoder/proj
# expect: encode() opens variable_scope("encoder") without reuse, so the second call (for the validation batch) tries to create encoder/proj again; open the scope with reuse=tf.compat.v1.AUTO_REUSE (or reuse=True on the second call) to share the weights.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

rng = np.random.RandomState(11)
train_docs = rng.rand(32, 10).astype(np.float32)
valid_docs = rng.rand(8, 10).astype(np.float32)
train_x = tf.compat.v1.placeholder(tf.float32, [None, 10], name="train_x")
valid_x = tf.compat.v1.placeholder(tf.float32, [None, 10], name="valid_x")
# %%
def encode(x, code_size=6):
    with tf.compat.v1.variable_scope("encoder"):
        proj = tf.compat.v1.get_variable("proj", [10, code_size])
        bias = tf.compat.v1.get_variable("bias", [code_size], initializer=tf.compat.v1.zeros_initializer())
        return tf.nn.tanh(tf.matmul(x, proj) + bias)
# %%
train_code = encode(train_x)
valid_code = encode(valid_x)
recon_gap = tf.reduce_mean(tf.square(train_code)) - tf.reduce_mean(tf.square(valid_code))
