# source: https://github.com/google-research/google-research/pull/369
# family: other
# raises: ValueError
# cause: 1:7
# raise: 3:2
# culprit: dropout_block | keep_prob
# expect: The block was ported from TF1, where tf.nn.dropout's second argument was keep_prob; in TF2 it is rate. At evaluation keep_prob=1.0 is passed as rate=1.0, which tf.nn.dropout rejects ("rate must be ... in the range [0, 1)"). Pass rate=1 - keep_prob (or skip dropout when not training).
# %%
import numpy as np
import tensorflow as tf

def dropout_block(x, w, keep_prob, spatial=False):
    h = tf.nn.relu(tf.matmul(x, w))
    noise_shape = [tf.shape(h)[0], 1] if spatial else None
    return tf.nn.dropout(h, keep_prob, noise_shape=noise_shape)
# %%
rng = np.random.default_rng(19)
x_val = tf.constant(rng.normal(size=(16, 10)).astype(np.float32))
w1 = tf.Variable(tf.random.normal([10, 32], seed=3))
train_out = dropout_block(x_val, w1, keep_prob=0.8)
# %%
hparams = {"keep_prob_train": 0.8, "keep_prob_eval": 1.0}
val_out = dropout_block(x_val, w1, keep_prob=hparams["keep_prob_eval"])
