# source: https://github.com/yunjey/domain-transfer-network/issues/17
# family: checkpoint_mismatch
# raises: NotFoundError
# cause: 2:9
# raise: 2:13
# culprit: beta1_power_1 | beta2_power_1
# expect: The training graph now has a second AdamOptimizer (for the generator), which creates beta1_power_1/beta2_power_1 and new slots; the checkpoint from the one-optimizer graph has none of them. Restore only the model variables (Saver(var_list=...)) and initialize the rest.
# %%
import os, tempfile
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

ckpt_dir = tempfile.mkdtemp()
with tf.compat.v1.variable_scope("disc"):
    d_w = tf.compat.v1.get_variable("w", [6, 1])
with tf.compat.v1.variable_scope("gen"):
    g_w = tf.compat.v1.get_variable("w", [6, 6])
d_loss = tf.reduce_sum(tf.square(d_w))
d_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(d_loss, var_list=[d_w])
with tf.compat.v1.Session() as sess:
    sess.run(tf.compat.v1.global_variables_initializer())
    tf.compat.v1.train.Saver().save(sess, os.path.join(ckpt_dir, "dtn"))
# %%
tf.compat.v1.reset_default_graph()
with tf.compat.v1.variable_scope("disc"):
    d_w = tf.compat.v1.get_variable("w", [6, 1])
with tf.compat.v1.variable_scope("gen"):
    g_w = tf.compat.v1.get_variable("w", [6, 6])
d_loss = tf.reduce_sum(tf.square(d_w))
g_loss = tf.reduce_sum(tf.square(tf.matmul(g_w, d_w)))
d_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(d_loss, var_list=[d_w])
g_step = tf.compat.v1.train.AdamOptimizer(1e-3).minimize(g_loss, var_list=[g_w])

saver = tf.compat.v1.train.Saver()
sess = tf.compat.v1.Session()
saver.restore(sess, os.path.join(ckpt_dir, "dtn"))
