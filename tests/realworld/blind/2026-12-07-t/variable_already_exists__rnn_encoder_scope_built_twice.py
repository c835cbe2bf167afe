# source: https://github.com/tensorflow/tensorflow/issues/13436
# family: variable_already_exists
# raises: ValueError
# cause: 4:2
# raise: 4:3
# culprit: rnn/w_x | rnn
# expect: the second variable_scope("rnn") block calls rnn_encoder again without reuse, so get_variable tries to create rnn/w_x a second time; open the scope with reuse=True (or tf.compat.v1.AUTO_REUSE) to share the encoder weights for the validation input, or reset the graph before rebuilding
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
# %%
def rnn_encoder(seq, units):
    in_dim = seq.shape[-1]
    w_x = tf.compat.v1.get_variable("w_x", [in_dim, units])
    w_h = tf.compat.v1.get_variable("w_h", [units, units])
    h = tf.zeros([tf.shape(seq)[0], units])
    for t in range(seq.shape[1]):
        h = tf.tanh(tf.matmul(seq[:, t, :], w_x) + tf.matmul(h, w_h))
    return h
# %%
pixels = tf.compat.v1.placeholder(tf.float32, [None, 28, 28])
with tf.compat.v1.variable_scope("rnn"):
    final_state = rnn_encoder(pixels, 150)
# %%
val_pixels = tf.compat.v1.placeholder(tf.float32, [None, 28, 28])
with tf.compat.v1.variable_scope("rnn"):
    val_state = rnn_encoder(val_pixels, 150)
