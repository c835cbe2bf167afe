# source: https://github.com/go2sea/DQfD/issues/5
# family: shape_mismatch
# raises: ValueError
# cause: 2:3
# raise: 2:4
# culprit: w1 | MatMul
# expect: w1 is created with action_dim (2) rows, but the state has state_dim (4) features, so matmul(state, w1) cannot multiply [?, 4] by [2, 24]; size w1 by state_dim.
# %%
import tensorflow as tf
tf.compat.v1.disable_eager_execution()
state_dim, action_dim, units_1 = 4, 2, 24
state = tf.compat.v1.placeholder(tf.float32, [None, state_dim], name="state")
# %%
with tf.compat.v1.variable_scope("eval_net"):
    with tf.compat.v1.variable_scope("l1"):
        w1 = tf.compat.v1.get_variable("w1", [action_dim, units_1])
        dense1 = tf.nn.relu(tf.matmul(state, w1))
