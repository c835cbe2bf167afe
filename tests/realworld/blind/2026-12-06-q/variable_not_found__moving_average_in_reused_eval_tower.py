# source: https://github.com/tensorflow/tensorflow/issues/10029
# family: variable_not_found
# raises: ValueError
# cause: 1:10, 3:2
# raise: 3:3
# culprit: ExponentialMovingAverage
# expect: norm_block applies a tf.compat.v1.train.ExponentialMovingAverage to the batch moments, which creates new shadow variables; building the eval tower under variable_scope("encoder", reuse=True) makes that creation a lookup of encoder/encoder_1/moments/.../ExponentialMovingAverage, which does not exist. Only apply the moving average in the training tower (or create it outside the reusing scope) and read ema.average() in the eval tower.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

def norm_block(x):
    w = tf.compat.v1.get_variable("w", [4, 4])
    h = tf.matmul(x, w)
    mean, var = tf.nn.moments(h, axes=[0])
    ema = tf.compat.v1.train.ExponentialMovingAverage(decay=0.9)
    track_op = ema.apply([mean, var])
    return (h - mean) / tf.sqrt(var + 1e-3), track_op
# %%
train_x = tf.compat.v1.placeholder(tf.float32, [None, 4], name="train_x")
with tf.compat.v1.variable_scope("encoder"):
    train_out, train_track = norm_block(train_x)
# %%
eval_x = tf.compat.v1.placeholder(tf.float32, [None, 4], name="eval_x")
with tf.compat.v1.variable_scope("encoder", reuse=True):
    eval_out, eval_track = norm_block(eval_x)
