# source: https://github.com/ageron/handson-ml/issues/283
# family: uninitialized_variable
# raises: FailedPreconditionError
# cause: 2:13, 2:11
# raise: 2:14
# culprit: new_head/kernel | new_head/bias | new_head
# expect: Only the backbone is restored (backbone_saver's var_list); the new_head variables were never initialized because no initializer ran in this session. Run tf.compat.v1.variables_initializer on the head (or the global initializer before restoring).
# %%
import os, tempfile
import numpy as np
import tensorflow as tf
tf.compat.v1.disable_eager_execution()

pretrain_dir = tempfile.mkdtemp()
with tf.Graph().as_default():
    feats = tf.compat.v1.placeholder(tf.float32, [None, 8])
    with tf.compat.v1.variable_scope("backbone"):
        hidden = tf.nn.relu(tf.matmul(feats, tf.compat.v1.get_variable("kernel", [8, 16])))
    with tf.compat.v1.Session() as s:
        s.run(tf.compat.v1.global_variables_initializer())
        tf.compat.v1.train.Saver().save(s, os.path.join(pretrain_dir, "backbone.ckpt"))
# %%
tf.compat.v1.reset_default_graph()
feats = tf.compat.v1.placeholder(tf.float32, [None, 8])
with tf.compat.v1.variable_scope("backbone"):
    hidden = tf.nn.relu(tf.matmul(feats, tf.compat.v1.get_variable("kernel", [8, 16])))
with tf.compat.v1.variable_scope("new_head"):
    w_out = tf.compat.v1.get_variable("kernel", [16, 3])
    b_out = tf.compat.v1.get_variable("bias", [3], initializer=tf.compat.v1.zeros_initializer())
scores = tf.matmul(hidden, w_out) + b_out

backbone_vars = tf.compat.v1.get_collection(tf.compat.v1.GraphKeys.GLOBAL_VARIABLES, scope="backbone")
backbone_saver = tf.compat.v1.train.Saver(var_list=backbone_vars)
sess = tf.compat.v1.Session()
backbone_saver.restore(sess, os.path.join(pretrain_dir, "backbone.ckpt"))
sess.run(scores, {feats: np.zeros((2, 8), "float32")})
