# source: https://github.com/tensorflow/tensorflow/issues/1841
# family: missing_gradient
# raises: ValueError
# cause: 3:1
# raise: 3:3
# culprit: scored_ph | critic_vars
# expect: The critic loss is built from scored_ph, a placeholder meant for feeding stored predictions, instead of the critic's output value_out, so it does not depend on any variable in var_list and RMSProp raises "No gradients provided". Build the loss from value_out.
# %%
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
states = tf.compat.v1.placeholder(tf.float32, [None, 6], name="states")
returns = tf.compat.v1.placeholder(tf.float32, [None], name="returns")
scored_ph = tf.compat.v1.placeholder(tf.float32, [None], name="scored_ph")
# %%
with tf.compat.v1.variable_scope("critic"):
    w1 = tf.compat.v1.get_variable("w1", [6, 16])
    w2 = tf.compat.v1.get_variable("w2", [16, 1])
    value_out = tf.squeeze(tf.matmul(tf.nn.tanh(tf.matmul(states, w1)), w2), axis=1)
critic_vars = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.TRAINABLE_VARIABLES, scope="critic")
print([v.name for v in critic_vars])
# %%
critic_loss = tf.reduce_mean(tf.square(returns - scored_ph))
opt = tf.compat.v1.train.RMSPropOptimizer(0.001)
critic_train = opt.minimize(critic_loss, var_list=critic_vars)
