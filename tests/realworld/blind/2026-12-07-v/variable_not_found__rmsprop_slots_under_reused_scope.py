# source: https://github.com/yunjey/show-attend-and-tell/issues/21
# family: variable_not_found
# raises: ValueError
# cause: 3:1
# raise: 3:4
# culprit: conv_features | RMSProp
# expect: the optimizer is built inside variable_scope("conv_features", reuse=True), so when apply_gradients creates the RMSProp slot variables (conv_features/batch_norm/beta/RMSProp) it can only look up existing variables and fails with "does not exist". Create the optimizer and train op outside the reusing scope.
# %%
import numpy as np
import tensorflow as tf
tf1 = tf.compat.v1
tf1.disable_eager_execution()
def conv_features(x, reuse):
    with tf1.variable_scope("conv_features", reuse=reuse):
        beta = tf1.get_variable("batch_norm/beta", [8], initializer=tf1.zeros_initializer())
        w = tf1.get_variable("w", [8, 8])
        return tf.matmul(x, w) + beta
# %%
images = tf1.placeholder(tf.float32, [None, 8])
train_feats = conv_features(images, reuse=False)
val_feats = conv_features(images, reuse=True)
loss = tf.reduce_mean(tf.square(train_feats))
# %%
with tf1.variable_scope("conv_features", reuse=True):
    optimizer = tf1.train.RMSPropOptimizer(1e-3)
    grads_and_vars = optimizer.compute_gradients(loss)
    train_op = optimizer.apply_gradients(grads_and_vars=grads_and_vars)
