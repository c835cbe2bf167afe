# source: https://github.com/tensorflow/tensorflow/issues/8098
# family: feed_mismatch
# raises: NotImplementedError
# cause: 3:3
# raise: 3:4
# culprit: coef_table | penalty_in
# expect: the value fed for placeholder penalty_in is coef_table, a graph variable rather than a NumPy value, so the session cannot convert it; fetch its value first (sess.run(coef_table)) and feed that, or build the L2 cost directly on coef_table instead of going through a placeholder
# %%
import numpy as np
import tensorflow as tf

tf.compat.v1.disable_eager_execution()
v1 = tf.compat.v1
# %%
penalty_in = v1.placeholder(tf.float32, name="penalty_in")
l2_cost = tf.nn.l2_loss(penalty_in)
coef_table = v1.get_variable("coef_table", shape=[3, 4],
                             initializer=v1.glorot_uniform_initializer(seed=1188))
init_op = v1.global_variables_initializer()
# %%
sess = v1.Session()
sess.run(init_op)
feeds = {penalty_in: coef_table}
print(sess.run(l2_cost, feed_dict=feeds))
